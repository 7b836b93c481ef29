/* <arpa/inet.h> for voxcc: conversions between addresses and text, with
   glibc's rules (inet_aton's a, a.b, a.b.c forms and 0x/0 prefixes;
   inet_pton's strict dotted quads; inet_ntop's "::" and "::ffff:1.2.3.4"
   forms). All are pure functions: they work in the sandbox. */
#ifndef __VOXCC_ARPA_INET_H
#define __VOXCC_ARPA_INET_H
#include <netinet/in.h>
in_addr_t inet_addr(const char *cp);
int inet_aton(const char *cp, struct in_addr *inp);
char *inet_ntoa(struct in_addr in);
in_addr_t inet_network(const char *cp);
struct in_addr inet_makeaddr(in_addr_t net, in_addr_t host);
in_addr_t inet_lnaof(struct in_addr in);
in_addr_t inet_netof(struct in_addr in);
int inet_pton(int af, const char *restrict src, void *restrict dst);
const char *inet_ntop(int af, const void *restrict src, char *restrict dst, socklen_t size);
#endif
