/*
 * test_report.h - the report of `rkt test`, from the results of eval/uji.c.
 */
#ifndef RKT_TEST_REPORT_H
#define RKT_TEST_REPORT_H

#include <stdio.h>
#include "eval/uji.h"

void out_test_text(FILE *f, const UjiResult *res, int n, int passed, int failed);
void out_test_json(FILE *f, const UjiResult *res, int n, int passed, int failed);
void out_test_junit(FILE *f, const UjiResult *res, int n, int failed);

#endif
