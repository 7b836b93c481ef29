/* <getopt.h> for voxcc: POSIX getopt (options must come before operands:
   argv is not permuted as glibc does by default). getopt_long is not
   provided. */
#ifndef __VOXCC_GETOPT_H
#define __VOXCC_GETOPT_H
extern char *optarg;
extern int optind, opterr, optopt;
int getopt(int argc, char *const argv[], const char *optstring);
#endif
