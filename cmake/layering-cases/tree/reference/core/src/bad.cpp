// A reference source that reaches into the harness: the layering check
// must refuse it (CTest layering.check_refuses_the_reference_including_the_harness).
#include "rtkconf/step.h"
