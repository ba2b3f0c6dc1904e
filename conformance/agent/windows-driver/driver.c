/* RtkConfAgent: a WDM driver that runs the executor core. One device,
 * \\.\RtkConfAgent; one session per open (file object); one IOCTL that
 * carries one step (METHOD_BUFFERED, input exactly one request frame);
 * IRP_MJ_CLEANUP ends the session, as a process's death would. Every
 * dispatch routine here runs at PASSIVE_LEVEL, as the Rtk calls require. */
#include "agent_driver.h"

DRIVER_INITIALIZE DriverEntry;
static DRIVER_UNLOAD agent_unload;
static DRIVER_DISPATCH agent_create;
static DRIVER_DISPATCH agent_cleanup;
static DRIVER_DISPATCH agent_close;
static DRIVER_DISPATCH agent_control;

static const WCHAR kDeviceName[] = L"\\Device\\RtkConfAgent";
static const WCHAR kLinkName[] = L"\\DosDevices\\RtkConfAgent";

_Static_assert(RTKCONF_AGENT_IOCTL_STEP == CTL_CODE(FILE_DEVICE_UNKNOWN, 0x801, METHOD_BUFFERED,
                                                    FILE_READ_DATA | FILE_WRITE_DATA),
               "the IOCTL code of PROTOCOL.md");

static NTSTATUS complete(PIRP irp, NTSTATUS status, ULONG_PTR information) {
    irp->IoStatus.Status = status;
    irp->IoStatus.Information = information;
    IoCompleteRequest(irp, IO_NO_INCREMENT);
    return status;
}

static agent_device *device_of(PDEVICE_OBJECT device_object) {
    return (agent_device *)device_object->DeviceExtension;
}

/* Every step is a call into the kernel: only an elevated administrator
 * may open the device (IoCreateDevice's default security would let any
 * user in). */
static BOOLEAN opener_is_admin(PIO_STACK_LOCATION stack) {
    PSECURITY_SUBJECT_CONTEXT subject =
        &stack->Parameters.Create.SecurityContext->AccessState->SubjectSecurityContext;
    PACCESS_TOKEN token =
        subject->ClientToken != NULL ? subject->ClientToken : subject->PrimaryToken;
    return SeTokenIsAdmin(token);
}

static NTSTATUS agent_create(PDEVICE_OBJECT device_object, PIRP irp) {
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(irp);
    file_session *fs;
    if (irp->RequestorMode == UserMode && !opener_is_admin(stack))
        return complete(irp, STATUS_ACCESS_DENIED, 0);
    fs = (file_session *)agent_allocate(sizeof *fs);
    if (fs == NULL) return complete(irp, STATUS_INSUFFICIENT_RESOURCES, 0);
    KeInitializeEvent(&fs->busy, SynchronizationEvent, TRUE);
    fs->session = rtkconf_agent_session_open(device_of(device_object)->agent);
    if (fs->session == NULL) {
        agent_release(fs);
        return complete(irp, STATUS_INSUFFICIENT_RESOURCES, 0);
    }
    stack->FileObject->FsContext = fs;
    return complete(irp, STATUS_SUCCESS, 0);
}

/* The last handle to the file object is closed: by the peer, or by the
 * system for a process that ended. Everything the session holds goes. */
static NTSTATUS agent_cleanup(PDEVICE_OBJECT device_object, PIRP irp) {
    file_session *fs = (file_session *)IoGetCurrentIrpStackLocation(irp)->FileObject->FsContext;
    (void)device_object;
    if (fs != NULL) {
        agent_event_lock(&fs->busy);
        rtkconf_agent_session_close(fs->session);
        fs->session = NULL;
        agent_event_unlock(&fs->busy);
    }
    return complete(irp, STATUS_SUCCESS, 0);
}

static NTSTATUS agent_close(PDEVICE_OBJECT device_object, PIRP irp) {
    PFILE_OBJECT file = IoGetCurrentIrpStackLocation(irp)->FileObject;
    (void)device_object;
    if (file->FsContext != NULL) agent_release(file->FsContext);
    file->FsContext = NULL;
    return complete(irp, STATUS_SUCCESS, 0);
}

static NTSTATUS agent_control(PDEVICE_OBJECT device_object, PIRP irp) {
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(irp);
    file_session *fs = (file_session *)stack->FileObject->FsContext;
    const ULONG input = stack->Parameters.DeviceIoControl.InputBufferLength;
    const ULONG output = stack->Parameters.DeviceIoControl.OutputBufferLength;
    void *buffer = irp->AssociatedIrp.SystemBuffer;
    size_t replied = 0;
    (void)device_object;
    if (stack->Parameters.DeviceIoControl.IoControlCode != RTKCONF_AGENT_IOCTL_STEP)
        return complete(irp, STATUS_INVALID_DEVICE_REQUEST, 0);
    /* METHOD_BUFFERED: the system copied exactly `input` bytes into a
     * buffer of max(input, output) bytes; the reply goes back through it. */
    if (input != RTKCONF_AGENT_REQUEST_SIZE || output < RTKCONF_AGENT_REPLY_SIZE || buffer == NULL)
        return complete(irp, STATUS_INVALID_BUFFER_SIZE, 0);
    if (fs == NULL) return complete(irp, STATUS_FILE_CLOSED, 0);
    agent_event_lock(&fs->busy);
    if (fs->session != NULL)
        replied = rtkconf_agent_step(fs->session, buffer, input, buffer, output);
    agent_event_unlock(&fs->busy);
    if (replied == 0) return complete(irp, STATUS_FILE_CLOSED, 0);
    return complete(irp, STATUS_SUCCESS, replied);
}

static void agent_unload(PDRIVER_OBJECT driver) {
    UNICODE_STRING link;
    PDEVICE_OBJECT device_object = driver->DeviceObject;
    RtlInitUnicodeString(&link, kLinkName);
    IoDeleteSymbolicLink(&link);
    if (device_object != NULL) {
        /* No handle is open (the system unloads only then): this detaches
         * the driver's one instance, if a session attached it. */
        rtkconf_agent_destroy(device_of(device_object)->agent);
        IoDeleteDevice(device_object);
    }
}

NTSTATUS DriverEntry(PDRIVER_OBJECT driver, PUNICODE_STRING registry_path) {
    UNICODE_STRING name, link;
    PDEVICE_OBJECT device_object = NULL;
    agent_device *device;
    NTSTATUS status;
    (void)registry_path;
    RtlInitUnicodeString(&name, kDeviceName);
    RtlInitUnicodeString(&link, kLinkName);
    status = IoCreateDevice(driver, sizeof(agent_device), &name, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &device_object);
    if (!NT_SUCCESS(status)) return status;
    device = device_of(device_object);
    RtlZeroMemory(device, sizeof *device);
    agent_host_init(device);
    agent_rtk_table(&device->rtk);
    device->agent = rtkconf_agent_create(&device->rtk, &device->host, RTKCONF_AGENT_ATTACH_SHARED);
    if (device->agent == NULL) {
        IoDeleteDevice(device_object);
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    status = IoCreateSymbolicLink(&link, &name);
    if (!NT_SUCCESS(status)) {
        rtkconf_agent_destroy(device->agent);
        IoDeleteDevice(device_object);
        return status;
    }
    driver->MajorFunction[IRP_MJ_CREATE] = agent_create;
    driver->MajorFunction[IRP_MJ_CLEANUP] = agent_cleanup;
    driver->MajorFunction[IRP_MJ_CLOSE] = agent_close;
    driver->MajorFunction[IRP_MJ_DEVICE_CONTROL] = agent_control;
    driver->DriverUnload = agent_unload;
    device_object->Flags |= DO_BUFFERED_IO;
    device_object->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}
