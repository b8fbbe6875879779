/*
 * xlsx_load.h - libxlsxwriter loaded at run time (xl_): the table of the
 * functions render_xlsx.c calls, filled once by dlopen and dlsym when the
 * first workbook is written.
 *
 * Why not link it: libxlsxwriter pulls libcrypto, libminizip and libz,
 * whose relocations and page faults cost every process ~4 ms (README,
 * dependencies), `rkt check` and every program that embeds librkt.so
 * alike, though only `rkt report --format xlsx` writes a workbook.
 *
 * XL_FUNCS lists each function as (return type, name, parameter types);
 * xlsx_load.c checks every entry against the prototype in <xlsxwriter.h>
 * at compile time, so a call through the table is as typed as a direct
 * one.  A function render_xlsx.c starts to call goes into the list.
 */
#ifndef RKT_REPORT_XLSX_LOAD_H
#define RKT_REPORT_XLSX_LOAD_H

#include <stddef.h>

#include <xlsxwriter.h>

#define XL_FUNCS(X) \
    X(lxw_workbook *, workbook_new, (const char *)) \
    X(lxw_error, workbook_close, (lxw_workbook *)) \
    X(lxw_error, workbook_set_properties, (lxw_workbook *, lxw_doc_properties *)) \
    X(lxw_format *, workbook_add_format, (lxw_workbook *)) \
    X(lxw_worksheet *, workbook_add_worksheet, (lxw_workbook *, const char *)) \
    X(lxw_error, workbook_validate_sheet_name, (lxw_workbook *, const char *)) \
    X(lxw_chart *, workbook_add_chart, (lxw_workbook *, uint8_t)) \
    X(char *, lxw_strerror, (lxw_error)) \
    X(void, format_set_align, (lxw_format *, uint8_t)) \
    X(void, format_set_bg_color, (lxw_format *, lxw_color_t)) \
    X(void, format_set_bold, (lxw_format *)) \
    X(void, format_set_border, (lxw_format *, uint8_t)) \
    X(void, format_set_font_size, (lxw_format *, double)) \
    X(void, format_set_italic, (lxw_format *)) \
    X(void, format_set_num_format, (lxw_format *, const char *)) \
    X(void, format_set_text_wrap, (lxw_format *)) \
    X(void, format_set_underline, (lxw_format *, uint8_t)) \
    X(lxw_error, worksheet_write_string, (lxw_worksheet *, lxw_row_t, lxw_col_t, const char *, lxw_format *)) \
    X(lxw_error, worksheet_write_number, (lxw_worksheet *, lxw_row_t, lxw_col_t, double, lxw_format *)) \
    X(lxw_error, worksheet_write_datetime, (lxw_worksheet *, lxw_row_t, lxw_col_t, lxw_datetime *, lxw_format *)) \
    X(lxw_error, worksheet_write_blank, (lxw_worksheet *, lxw_row_t, lxw_col_t, lxw_format *)) \
    X(lxw_error, worksheet_write_comment, (lxw_worksheet *, lxw_row_t, lxw_col_t, const char *)) \
    X(lxw_error, worksheet_merge_range, (lxw_worksheet *, lxw_row_t, lxw_col_t, lxw_row_t, lxw_col_t, \
                                         const char *, lxw_format *)) \
    X(lxw_error, worksheet_repeat_rows, (lxw_worksheet *, lxw_row_t, lxw_row_t)) \
    X(void, worksheet_freeze_panes, (lxw_worksheet *, lxw_row_t, lxw_col_t)) \
    X(lxw_error, worksheet_set_column, (lxw_worksheet *, lxw_col_t, lxw_col_t, double, lxw_format *)) \
    X(lxw_error, worksheet_set_row, (lxw_worksheet *, lxw_row_t, double, lxw_format *)) \
    X(void, worksheet_set_paper, (lxw_worksheet *, uint8_t)) \
    X(void, worksheet_set_landscape, (lxw_worksheet *)) \
    X(void, worksheet_set_portrait, (lxw_worksheet *)) \
    X(void, worksheet_fit_to_pages, (lxw_worksheet *, uint16_t, uint16_t)) \
    X(void, worksheet_set_margins, (lxw_worksheet *, double, double, double, double)) \
    X(void, worksheet_center_horizontally, (lxw_worksheet *)) \
    X(lxw_error, worksheet_set_footer, (lxw_worksheet *, const char *)) \
    X(void, worksheet_set_comments_author, (lxw_worksheet *, const char *)) \
    X(lxw_error, worksheet_set_h_pagebreaks, (lxw_worksheet *, lxw_row_t *)) \
    X(lxw_error, worksheet_insert_chart_opt, (lxw_worksheet *, lxw_row_t, lxw_col_t, lxw_chart *, \
                                              lxw_chart_options *)) \
    X(lxw_chart_series *, chart_add_series, (lxw_chart *, const char *, const char *)) \
    X(void, chart_series_set_categories, (lxw_chart_series *, const char *, lxw_row_t, lxw_col_t, \
                                          lxw_row_t, lxw_col_t)) \
    X(void, chart_series_set_values, (lxw_chart_series *, const char *, lxw_row_t, lxw_col_t, \
                                      lxw_row_t, lxw_col_t)) \
    X(void, chart_series_set_name_range, (lxw_chart_series *, const char *, lxw_row_t, lxw_col_t)) \
    X(void, chart_series_set_line, (lxw_chart_series *, lxw_chart_line *)) \
    X(void, chart_series_set_fill, (lxw_chart_series *, lxw_chart_fill *)) \
    X(void, chart_series_set_marker_type, (lxw_chart_series *, uint8_t)) \
    X(void, chart_set_series_overlap, (lxw_chart *, int8_t)) \
    X(void, chart_title_set_name, (lxw_chart *, const char *)) \
    X(void, chart_title_off, (lxw_chart *)) \
    X(void, chart_axis_set_name, (lxw_chart_axis *, const char *)) \
    X(void, chart_axis_set_min, (lxw_chart_axis *, double)) \
    X(void, chart_legend_set_position, (lxw_chart *, uint8_t)) \
    X(void, chart_show_blanks_as, (lxw_chart *, uint8_t))

/* One pointer per function of XL_FUNCS, named as the function. */
typedef struct XlLib {
#define XL_FIELD(ret, name, params) ret (*name) params;
    XL_FUNCS(XL_FIELD)
#undef XL_FIELD
} XlLib;

/* The table render_xlsx.c calls through: filled by xl_load, read only
 * after xl_load returned 0 (pthread_once orders the two). */
extern XlLib xl_lib;

/* Loads the library once per process, thread-safely: dlopen of the
 * soname found at build time (RKT_XLSX_LIBRARY, a test knob, names
 * another file), RTLD_NOW | RTLD_LOCAL, then dlsym of every function.
 * It stays loaded until exit.  0, or -1 with *why (static storage) the
 * loader's reason, e.g. "libxlsxwriter.so.4: cannot open shared object
 * file: No such file or directory"; a failure is final for the process. */
int xl_load(const char **why);

/* The soname xl_load opens and the Debian package that holds it, as the
 * build found them, for the message that asks to install it. */
extern const char xl_soname[];
extern const char xl_package[];

/* One load of the library at path into *lib, without the once and the
 * environment (xl_load is this on the soname; the unit test calls it on
 * other files).  0, or -1 with why[0..n) the reason. */
int xl_open(const char *path, XlLib *lib, char *why, size_t n);

#endif
