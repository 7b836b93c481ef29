/* The sandbox has no network (see tests/c_files.rs): creating a socket is
   refused (EACCES), every other socket call fails as on a descriptor that
   is no socket (EBADF), names need a resolver there is none of, and only
   numbers resolve. Also what differs from a native build by design:
   backtrace sees no frames and "" names the C locale. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <execinfo.h>
#include <langinfo.h>
#include <locale.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#define SHOW(call) do { errno = 0; long r_ = (long)(call); \
    printf("%-40s %ld %s\n", #call, r_, errno ? strerror(errno) : "-"); } while (0)

static void gai(const char *host, const char *serv, int flags, int family) {
    struct addrinfo hints = {0}, *res, *ai;
    hints.ai_flags = flags;
    hints.ai_family = family;
    hints.ai_socktype = SOCK_STREAM;
    int r = getaddrinfo(host, serv, &hints, &res);
    printf("getaddrinfo(%s, %s, %#x, %d) = %d%s%s\n", host ? host : "NULL", serv ? serv : "NULL",
           flags, family, r, r ? " " : "", r ? gai_strerror(r) : "");
    if (r) return;
    for (ai = res; ai; ai = ai->ai_next) {
        char h[NI_MAXHOST], s[NI_MAXSERV];
        int g = getnameinfo(ai->ai_addr, ai->ai_addrlen, h, sizeof h, s, sizeof s, 0);
        printf("  family %d -> getnameinfo %d %s %s\n", ai->ai_family, g, h, s);
    }
    freeaddrinfo(res);
}

int main(void) {
    struct sockaddr_in sin = {0};
    sin.sin_family = AF_INET;
    sin.sin_port = htons(80);
    sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    struct sockaddr *sa = (struct sockaddr *)&sin;
    socklen_t len = sizeof sin;
    char buf[16];
    int fds[2], one = 1;
    struct msghdr msg = {0};
    SHOW(socket(AF_INET, SOCK_STREAM, 0));
    SHOW(socket(AF_INET6, SOCK_DGRAM | SOCK_CLOEXEC, 0));
    SHOW(socket(AF_UNIX, SOCK_STREAM, 0));
    SHOW(socketpair(AF_UNIX, SOCK_STREAM, 0, fds));
    SHOW(bind(3, sa, len));
    SHOW(listen(3, SOMAXCONN));
    SHOW(accept(3, sa, &len));
    SHOW(accept4(3, sa, &len, SOCK_NONBLOCK));
    SHOW(connect(3, sa, len));
    SHOW(send(1, "x", 1, 0));
    SHOW(recv(0, buf, sizeof buf, MSG_DONTWAIT));
    SHOW(sendto(3, "x", 1, 0, sa, len));
    SHOW(recvfrom(3, buf, sizeof buf, 0, sa, &len));
    SHOW(sendmsg(3, &msg, 0));
    SHOW(recvmsg(3, &msg, 0));
    SHOW(setsockopt(3, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one));
    SHOW(getsockopt(3, SOL_SOCKET, SO_ERROR, &one, &len));
    SHOW(getsockname(3, sa, &len));
    SHOW(getpeername(3, sa, &len));
    SHOW(shutdown(3, SHUT_RDWR));

    gai("localhost", "80", 0, AF_UNSPEC);
    gai("example.com", "80", 0, AF_INET);
    gai("127.0.0.1", "http", 0, AF_INET);
    gai("127.0.0.1", "8080", AI_ADDRCONFIG, AF_INET);
    gai(NULL, "8080", 0, AF_UNSPEC);
    gai(NULL, "8080", AI_PASSIVE, AF_UNSPEC);
    gai("fe80::1%eth0", "22", 0, AF_INET6);

    struct sockaddr_un un = {AF_UNIX, "/run/app.sock"};
    char h[64], s[64];
    int g = getnameinfo((struct sockaddr *)&un, sizeof un, h, sizeof h, s, sizeof s, 0);
    printf("getnameinfo(unix) = %d %s %s\n", g, h, s);
    g = getnameinfo(sa, sizeof sin, h, sizeof h, s, sizeof s, NI_NAMEREQD);
    printf("getnameinfo(NI_NAMEREQD) = %d %s\n", g, gai_strerror(g));

    struct hostent *he = gethostbyname("example.com");
    printf("gethostbyname(example.com) = %s h_errno %d %s\n", he ? he->h_name : "NULL", h_errno,
           hstrerror(h_errno));
    he = gethostbyname("10.1.2.3");
    printf("gethostbyname(10.1.2.3) = %s h_errno %d\n", he ? he->h_name : "NULL", h_errno);
    he = gethostbyname2("::1", AF_INET6);
    printf("gethostbyname2(::1) = %s length %d\n", he ? he->h_name : "NULL", he ? he->h_length : 0);
    he = gethostbyaddr(&sin.sin_addr, 4, AF_INET);
    printf("gethostbyaddr = %s h_errno %d\n", he ? he->h_name : "NULL", h_errno);
    printf("getservbyname(http) = %p\n", (void *)getservbyname("http", "tcp"));
    printf("getservbyport(80) = %p\n", (void *)getservbyport(htons(80), "tcp"));
    struct protoent *pe;
    printf("protocols:");
    setprotoent(0);
    while ((pe = getprotoent())) printf(" %s=%d", pe->p_name, pe->p_proto);
    endprotoent();
    printf("\n");

    void *frames[8];
    int n = backtrace(frames, 8);
    char **names = backtrace_symbols(frames, n);
    printf("backtrace %d, symbols %s\n", n, names ? "non-NULL" : "NULL");
    free(names);
    names = backtrace_symbols(frames, 2);
    printf("backtrace_symbols(2): %s %s\n", names[0], names[1]);
    free(names);
    backtrace_symbols_fd(frames, n, 1);

    locale_t l = newlocale(LC_ALL_MASK, "", (locale_t)0);
    printf("newlocale(\"\") %s, codeset %s\n", l ? "ok" : "NULL",
           l ? nl_langinfo_l(CODESET, l) : "-");
    freelocale(l);
    return 0;
}
