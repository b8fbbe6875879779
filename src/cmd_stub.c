/* cmd_stub.c - placeholders until eval lands (removed then). */
#include "cmd.h"
int cmd_eval(const RktOpts *o) { (void)o; fprintf(stderr, "rkt: eval not yet built\n"); return EXIT_USAGE; }
int cmd_explain(const RktOpts *o) { (void)o; fprintf(stderr, "rkt: explain not yet built\n"); return EXIT_USAGE; }
int cmd_test(const RktOpts *o) { (void)o; fprintf(stderr, "rkt: test not yet built\n"); return EXIT_USAGE; }
void cmd_static_rules(Model *m, DgList *d) { (void)m; (void)d; }
