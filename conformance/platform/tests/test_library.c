/* A library with one export, for the loader's tests. */
int rtkconf_platform_test_answer(void);

int rtkconf_platform_test_answer(void) {
    return 42;
}
