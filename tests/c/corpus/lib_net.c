/* The networking headers' types, layouts and constants, and the parts of
   the socket API that need no network: byte order, address text
   conversions (inet_pton/ntop/aton/addr/ntoa/network), getaddrinfo and
   getnameinfo on numeric hosts and ports, gai_strerror, hstrerror,
   gethostbyname on a dotted number. No socket is created: what the sandbox
   does there differs from a networked gcc build by design (see
   tests/c/files/no_network.c). */
#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>

#define SHOW(x) printf("%-28s %ld\n", #x, (long)(x))

static void layouts(void) {
    SHOW(sizeof(struct sockaddr));
    SHOW(sizeof(struct sockaddr_in));
    SHOW(sizeof(struct sockaddr_in6));
    SHOW(sizeof(struct sockaddr_un));
    SHOW(sizeof(struct sockaddr_storage));
    SHOW(_Alignof(struct sockaddr_storage));
    SHOW(sizeof(struct in_addr));
    SHOW(sizeof(struct in6_addr));
    SHOW(_Alignof(struct in6_addr));
    SHOW(sizeof(socklen_t));
    SHOW(sizeof(sa_family_t));
    SHOW(sizeof(in_port_t));
    SHOW(sizeof(in_addr_t));
    SHOW(sizeof(struct addrinfo));
    SHOW(sizeof(struct hostent));
    SHOW(sizeof(struct servent));
    SHOW(sizeof(struct protoent));
    SHOW(sizeof(struct msghdr));
    SHOW(sizeof(struct cmsghdr));
    SHOW(sizeof(struct linger));
    SHOW(sizeof(struct ip_mreq));
    SHOW(sizeof(struct ipv6_mreq));
    SHOW(offsetof(struct sockaddr, sa_data));
    SHOW(offsetof(struct sockaddr_in, sin_port));
    SHOW(offsetof(struct sockaddr_in, sin_addr));
    SHOW(offsetof(struct sockaddr_in, sin_zero));
    SHOW(offsetof(struct sockaddr_in6, sin6_port));
    SHOW(offsetof(struct sockaddr_in6, sin6_flowinfo));
    SHOW(offsetof(struct sockaddr_in6, sin6_addr));
    SHOW(offsetof(struct sockaddr_in6, sin6_scope_id));
    SHOW(offsetof(struct sockaddr_un, sun_path));
    SHOW(offsetof(struct sockaddr_storage, ss_family));
    SHOW(offsetof(struct addrinfo, ai_addrlen));
    SHOW(offsetof(struct addrinfo, ai_addr));
    SHOW(offsetof(struct addrinfo, ai_canonname));
    SHOW(offsetof(struct addrinfo, ai_next));
    SHOW(offsetof(struct hostent, h_addrtype));
    SHOW(offsetof(struct hostent, h_addr_list));
    SHOW(offsetof(struct msghdr, msg_namelen));
    SHOW(offsetof(struct msghdr, msg_iov));
    SHOW(offsetof(struct msghdr, msg_iovlen));
    SHOW(offsetof(struct msghdr, msg_control));
    SHOW(offsetof(struct msghdr, msg_controllen));
    SHOW(offsetof(struct msghdr, msg_flags));
    SHOW(offsetof(struct cmsghdr, cmsg_level));
    SHOW(offsetof(struct cmsghdr, cmsg_type));
    SHOW(CMSG_LEN(4));
    SHOW(CMSG_SPACE(4));
    SHOW(CMSG_SPACE(sizeof(int) * 3));
    SHOW(INET_ADDRSTRLEN);
    SHOW(INET6_ADDRSTRLEN);
    SHOW(NI_MAXHOST);
    SHOW(NI_MAXSERV);
}

static void constants(void) {
    SHOW(AF_UNSPEC);
    SHOW(AF_UNIX);
    SHOW(AF_LOCAL);
    SHOW(AF_INET);
    SHOW(AF_INET6);
    SHOW(AF_NETLINK);
    SHOW(AF_PACKET);
    SHOW(AF_BLUETOOTH);
    SHOW(AF_VSOCK);
    SHOW(AF_MAX);
    SHOW(PF_INET6);
    SHOW(SOCK_STREAM);
    SHOW(SOCK_DGRAM);
    SHOW(SOCK_RAW);
    SHOW(SOCK_SEQPACKET);
    SHOW(SOCK_NONBLOCK);
    SHOW(SOCK_CLOEXEC);
    SHOW(SOL_SOCKET);
    SHOW(SOMAXCONN);
    SHOW(SO_REUSEADDR);
    SHOW(SO_KEEPALIVE);
    SHOW(SO_BROADCAST);
    SHOW(SO_LINGER);
    SHOW(SO_REUSEPORT);
    SHOW(SO_RCVBUF);
    SHOW(SO_SNDBUF);
    SHOW(SO_RCVTIMEO);
    SHOW(SO_SNDTIMEO);
    SHOW(SO_ERROR);
    SHOW(SO_TYPE);
    SHOW(SO_ACCEPTCONN);
    SHOW(SO_PEERCRED);
    SHOW(SO_BINDTODEVICE);
    SHOW(SO_TIMESTAMP);
    SHOW(SCM_RIGHTS);
    SHOW(MSG_OOB);
    SHOW(MSG_PEEK);
    SHOW(MSG_DONTWAIT);
    SHOW(MSG_WAITALL);
    SHOW(MSG_TRUNC);
    SHOW(MSG_NOSIGNAL);
    SHOW(MSG_MORE);
    SHOW(MSG_CMSG_CLOEXEC);
    SHOW(SHUT_RD);
    SHOW(SHUT_WR);
    SHOW(SHUT_RDWR);
    SHOW(IPPROTO_IP);
    SHOW(IPPROTO_ICMP);
    SHOW(IPPROTO_TCP);
    SHOW(IPPROTO_UDP);
    SHOW(IPPROTO_IPV6);
    SHOW(IPPROTO_ICMPV6);
    SHOW(IPPROTO_SCTP);
    SHOW(IPPROTO_UDPLITE);
    SHOW(IPPROTO_RAW);
    SHOW(IPPROTO_MPTCP);
    SHOW(IPPROTO_MAX);
    SHOW(IP_TOS);
    SHOW(IP_TTL);
    SHOW(IP_PKTINFO);
    SHOW(IP_MULTICAST_TTL);
    SHOW(IP_ADD_MEMBERSHIP);
    SHOW(IPV6_V6ONLY);
    SHOW(IPV6_JOIN_GROUP);
    SHOW(IPV6_ADD_MEMBERSHIP);
    SHOW(IPV6_UNICAST_HOPS);
    SHOW(IPV6_RECVPKTINFO);
    SHOW(IPV6_TCLASS);
    SHOW(TCP_NODELAY);
    SHOW(TCP_MAXSEG);
    SHOW(TCP_KEEPIDLE);
    SHOW(TCP_KEEPINTVL);
    SHOW(TCP_KEEPCNT);
    SHOW(TCP_USER_TIMEOUT);
    SHOW(TCP_FASTOPEN);
    SHOW(TCP_INFO);
    SHOW(TCP_CONGESTION);
    SHOW(INADDR_ANY);
    SHOW(INADDR_LOOPBACK);
    SHOW((long)INADDR_BROADCAST);
    SHOW((long)INADDR_NONE);
    SHOW(INADDR_ALLHOSTS_GROUP);
    SHOW(IPPORT_RESERVED);
    SHOW(AI_PASSIVE);
    SHOW(AI_CANONNAME);
    SHOW(AI_NUMERICHOST);
    SHOW(AI_V4MAPPED);
    SHOW(AI_ALL);
    SHOW(AI_ADDRCONFIG);
    SHOW(AI_NUMERICSERV);
    SHOW(NI_NUMERICHOST);
    SHOW(NI_NUMERICSERV);
    SHOW(NI_NOFQDN);
    SHOW(NI_NAMEREQD);
    SHOW(NI_DGRAM);
    SHOW(EAI_BADFLAGS);
    SHOW(EAI_NONAME);
    SHOW(EAI_AGAIN);
    SHOW(EAI_FAIL);
    SHOW(EAI_FAMILY);
    SHOW(EAI_SOCKTYPE);
    SHOW(EAI_SERVICE);
    SHOW(EAI_MEMORY);
    SHOW(EAI_SYSTEM);
    SHOW(EAI_OVERFLOW);
    SHOW(HOST_NOT_FOUND);
    SHOW(TRY_AGAIN);
    SHOW(NO_RECOVERY);
    SHOW(NO_DATA);
    SHOW(NO_ADDRESS);
    SHOW(IN_CLASSA(0x0a000001));
    SHOW(IN_CLASSB(0x0a000001));
    SHOW(IN_CLASSC(0xc0a80101));
    SHOW(IN_MULTICAST(0xe0000001));
    SHOW(IN_CLASSA_NET);
    SHOW(IN_CLASSB_HOST);
    SHOW(IN_LOOPBACKNET);
}

static void byte_order(void) {
    printf("htons(0x1234) = %#x\n", htons(0x1234));
    printf("ntohs(0x3412) = %#x\n", ntohs(0x3412));
    printf("htonl(0x12345678) = %#x\n", htonl(0x12345678));
    printf("ntohl(0x78563412) = %#x\n", ntohl(0x78563412));
    printf("htons(80) = %u, ntohs(htons(8080)) = %u\n", htons(80), ntohs(htons(8080)));
    printf("htonl(INADDR_LOOPBACK) = %#x\n", htonl(INADDR_LOOPBACK));
    printf("htons(0x12345) = %#x\n", htons((uint16_t)0x12345));
    /* Through pointers to the functions, not the macros. */
    uint16_t (*hs)(uint16_t) = htons;
    uint32_t (*nl)(uint32_t) = ntohl;
    printf("via pointers: %#x %#x\n", hs(0xabcd), nl(0x01020304));
    unsigned char *b;
    struct sockaddr_in sin;
    memset(&sin, 0, sizeof sin);
    sin.sin_port = htons(443);
    sin.sin_addr.s_addr = htonl(0xc0a80001);
    b = (unsigned char *)&sin;
    printf("sockaddr_in bytes:");
    for (size_t i = 0; i < sizeof sin; i++) printf(" %02x", b[i]);
    printf("\n");
}

static void pton4(const char *s) {
    unsigned char a[4] = {0xaa, 0xaa, 0xaa, 0xaa};
    char out[INET_ADDRSTRLEN];
    int r = inet_pton(AF_INET, s, a);
    if (r == 1) printf("pton4 %-22s -> %s\n", s, inet_ntop(AF_INET, a, out, sizeof out));
    else printf("pton4 %-22s -> %d (%02x%02x%02x%02x)\n", s, r, a[0], a[1], a[2], a[3]);
}

static void pton6(const char *s) {
    unsigned char a[16];
    char out[INET6_ADDRSTRLEN];
    memset(a, 0xaa, sizeof a);
    int r = inet_pton(AF_INET6, s, a);
    if (r != 1) {
        printf("pton6 %-40s -> %d\n", s, r);
        return;
    }
    printf("pton6 %-40s -> ", s);
    for (int i = 0; i < 16; i += 2) printf("%02x%02x%s", a[i], a[i + 1], i < 14 ? ":" : "");
    printf(" -> %s\n", inet_ntop(AF_INET6, a, out, sizeof out));
}

static void text_conversions(void) {
    static const char *v4[] = {
        "0.0.0.0", "127.0.0.1", "255.255.255.255", "192.168.1.1", "1.2.3.4", "10.0.0.255",
        "256.1.1.1", "1.2.3", "1.2.3.4.5", "01.2.3.4", "1.2.3.04", "0x1.2.3.4", "1..2.3",
        ".1.2.3", "1.2.3.", "", " 1.2.3.4", "1.2.3.4 ", "1.2.3.-4", "1.2.3.4a", "127.1",
        "999.0.0.1", "1.2.3.255", "0.0.0.00",
    };
    static const char *v6[] = {
        "::", "::1", "1::", "::ffff:1.2.3.4", "::1.2.3.4", "::ffff:0:1.2.3.4",
        "2001:db8::1", "2001:DB8:0:0:0:0:0:1", "2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1",
        "fe80::1%1", "fe80::", "ff02::1", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7::", "::2:3:4:5:6:7:8",
        "1:0:0:4:5:0:0:8", "1:0:3:4:5:6:7:8", "0:0:0:0:0:0:0:0", "0:0:0:0:0:0:0:1",
        "0:0:0:0:0:ffff:102:304", "::ffff:ffff:ffff", "::0.0.0.2", "::0.1.0.0", "::ffff",
        "1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5::1.2.3.4", "::ffff:1.2.3", "::ffff:1.2.3.4.5",
        "::ffff:01.2.3.4", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7", "1::2::3", ":::", ":1::2",
        "1::2:", "12345::", "1:2:3:4:5:6:7:8::", "::1:2:3:4:5:6:7:8", "g::", "1.2.3.4",
        "::ffff:1.2.3.4x", "", ":", "a:b:c:d:e:f:a:b", "ABCD:EF01:2345:6789:ABCD:EF01:2345:6789",
        "0001:0002::", "::00001", "1:0:0:0:1:0:0:0", "0:1:0:1:0:1:0:1",
    };
    for (size_t i = 0; i < sizeof v4 / sizeof v4[0]; i++) pton4(v4[i]);
    for (size_t i = 0; i < sizeof v6 / sizeof v6[0]; i++) pton6(v6[i]);

    unsigned char a[16];
    char small[8];
    errno = 0;
    int r4 = inet_pton(99, "1.2.3.4", a);
    printf("pton af 99: %d errno %s\n", r4, strerror(errno));
    errno = 0;
    const char *r = inet_ntop(99, a, small, sizeof small);
    printf("ntop af 99: %s errno %s\n", r ? r : "NULL", strerror(errno));
    inet_pton(AF_INET, "255.255.255.255", a);
    errno = 0;
    r = inet_ntop(AF_INET, a, small, sizeof small);
    printf("ntop4 small: %s errno %s\n", r ? r : "NULL", strerror(errno));
    char exact[16];
    r = inet_ntop(AF_INET, a, exact, 16);
    printf("ntop4 16 bytes: %s\n", r ? r : "NULL");
    r = inet_ntop(AF_INET, a, exact, 15);
    printf("ntop4 15 bytes: %s\n", r ? r : "NULL");
    inet_pton(AF_INET6, "::1", a);
    errno = 0;
    r = inet_ntop(AF_INET6, a, small, 3);
    printf("ntop6 3 bytes: %s errno %s\n", r ? r : "NULL", strerror(errno));
    r = inet_ntop(AF_INET6, a, small, 4);
    printf("ntop6 4 bytes: %s\n", r ? r : "NULL");

    /* inet_aton and inet_addr: the BSD forms. */
    static const char *aton[] = {
        "1.2.3.4", "127.1", "10.1.2", "0x7f.1", "0x7f000001", "017700000001", "4294967295",
        "4294967296", "1.2.3.4 trailing", "1.2.3.4\tx", "1.2.3.4x", "256.0.0.1", "1.256.0.1",
        "1.2.65536", "1.65535", "1.16777216", "0", "0x", "08", "0x1g", "1.2.3.4.5", "", " 1",
        "1.", "-1", "+1", "0xffffffff", "1.2.3.0377", "1.2.3.0400", "0X7F.0.0.1",
    };
    for (size_t i = 0; i < sizeof aton / sizeof aton[0]; i++) {
        struct in_addr in = {0xdeadbeef};
        int ok = inet_aton(aton[i], &in);
        in_addr_t ad = inet_addr(aton[i]);
        in_addr_t net = inet_network(aton[i]);
        printf("aton %-18s -> %d %-15s addr %08x network %08x\n", aton[i], ok,
               ok ? inet_ntoa(in) : "-", ntohl(ad), net);
    }
    printf("inet_aton NULL out: %d\n", inet_aton("1.2.3.4", NULL));
    struct in_addr x = {htonl(0x0a000001)}, y = {htonl(0xc0a80102)};
    printf("ntoa twice: %s ", inet_ntoa(x));
    printf("%s\n", inet_ntoa(y));
    printf("lnaof %x netof %x lnaof %x netof %x\n", inet_lnaof(x), inet_netof(x), inet_lnaof(y),
           inet_netof(y));
    struct in_addr m = inet_makeaddr(10, 5), n = inet_makeaddr(0xc0a801, 7);
    printf("makeaddr %s ", inet_ntoa(m));
    printf("%s\n", inet_ntoa(n));
    printf("network 10 %x 10.1 %x 0x0a.0x01.2 %x\n", inet_network("10"), inet_network("10.1"),
           inet_network("0x0a.0x01.2"));
}

static void in6_macros(void) {
    static const char *addrs[] = {"::", "::1", "fe80::1", "fec0::1", "ff02::1", "ff05::2",
                                  "ff0e::3", "ff01::1", "ff08::1", "::ffff:1.2.3.4",
                                  "::1.2.3.4", "2001:db8::1"};
    for (size_t i = 0; i < sizeof addrs / sizeof addrs[0]; i++) {
        struct in6_addr a;
        inet_pton(AF_INET6, addrs[i], &a);
        printf("%-16s unspec %d loop %d mc %d ll %d sl %d v4m %d v4c %d mcnl %d mcll %d mcsl %d "
               "mcol %d mcgl %d\n",
               addrs[i], IN6_IS_ADDR_UNSPECIFIED(&a), IN6_IS_ADDR_LOOPBACK(&a),
               IN6_IS_ADDR_MULTICAST(&a), IN6_IS_ADDR_LINKLOCAL(&a), IN6_IS_ADDR_SITELOCAL(&a),
               IN6_IS_ADDR_V4MAPPED(&a), IN6_IS_ADDR_V4COMPAT(&a), IN6_IS_ADDR_MC_NODELOCAL(&a),
               IN6_IS_ADDR_MC_LINKLOCAL(&a), IN6_IS_ADDR_MC_SITELOCAL(&a),
               IN6_IS_ADDR_MC_ORGLOCAL(&a), IN6_IS_ADDR_MC_GLOBAL(&a));
    }
    struct in6_addr any = IN6ADDR_ANY_INIT, loop = IN6ADDR_LOOPBACK_INIT;
    printf("any == in6addr_any %d, loop == in6addr_loopback %d, any == loop %d\n",
           IN6_ARE_ADDR_EQUAL(&any, &in6addr_any), IN6_ARE_ADDR_EQUAL(&loop, &in6addr_loopback),
           IN6_ARE_ADDR_EQUAL(&any, &loop));
    printf("s6_addr[15] %d s6_addr16[7] %#x s6_addr32[3] %#x\n", loop.s6_addr[15],
           loop.s6_addr16[7], loop.s6_addr32[3]);
    struct sockaddr_un un;
    memset(&un, 0, sizeof un);
    un.sun_family = AF_UNIX;
    strcpy(un.sun_path, "/tmp/sock");
    printf("SUN_LEN %zu\n", (size_t)SUN_LEN(&un));
}

static void print_ai(const struct addrinfo *ai) {
    for (; ai; ai = ai->ai_next) {
        char host[INET6_ADDRSTRLEN] = "?";
        int port = -1;
        if (ai->ai_family == AF_INET) {
            const struct sockaddr_in *s = (const struct sockaddr_in *)ai->ai_addr;
            inet_ntop(AF_INET, &s->sin_addr, host, sizeof host);
            port = ntohs(s->sin_port);
        } else if (ai->ai_family == AF_INET6) {
            const struct sockaddr_in6 *s = (const struct sockaddr_in6 *)ai->ai_addr;
            inet_ntop(AF_INET6, &s->sin6_addr, host, sizeof host);
            port = ntohs(s->sin6_port);
            if (s->sin6_scope_id || s->sin6_flowinfo)
                printf("    scope %u flow %u\n", s->sin6_scope_id, s->sin6_flowinfo);
        }
        printf("    flags %#x family %d socktype %d protocol %d addrlen %u %s port %d canon %s\n",
               ai->ai_flags, ai->ai_family, ai->ai_socktype, ai->ai_protocol, ai->ai_addrlen,
               host, port, ai->ai_canonname ? ai->ai_canonname : "(null)");
    }
}

static void gai(const char *host, const char *serv, int flags, int family, int socktype,
                int protocol) {
    struct addrinfo hints, *res = (struct addrinfo *)0;
    memset(&hints, 0, sizeof hints);
    hints.ai_flags = flags;
    hints.ai_family = family;
    hints.ai_socktype = socktype;
    hints.ai_protocol = protocol;
    int r = getaddrinfo(host, serv, &hints, &res);
    printf("gai(%s, %s, flags %#x, family %d, socktype %d, protocol %d) = %d", host ? host : "NULL",
           serv ? serv : "NULL", flags, family, socktype, protocol, r);
    if (r) {
        printf(" %s\n", gai_strerror(r));
        return;
    }
    printf("\n");
    print_ai(res);
    freeaddrinfo(res);
}

static void lookups(void) {
    const int NH = AI_NUMERICHOST;
    gai("127.0.0.1", NULL, NH, AF_UNSPEC, 0, 0);
    gai("127.0.0.1", "80", NH, AF_UNSPEC, 0, 0);
    gai("127.0.0.1", "80", NH, AF_INET, SOCK_STREAM, 0);
    gai("127.0.0.1", "53", NH, AF_INET, SOCK_DGRAM, 0);
    gai("127.0.0.1", NULL, NH, AF_INET, SOCK_RAW, 0);
    gai("127.0.0.1", NULL, NH, AF_INET, SOCK_RAW, 1);
    gai("127.0.0.1", "80", NH, AF_INET, SOCK_RAW, 0);
    gai("127.0.0.1", NULL, NH, AF_INET, 0, IPPROTO_UDP);
    gai("127.0.0.1", NULL, NH, AF_INET, 0, IPPROTO_SCTP);
    gai("127.0.0.1", NULL, NH, AF_INET, SOCK_STREAM, IPPROTO_SCTP);
    gai("127.0.0.1", NULL, NH, AF_INET, SOCK_STREAM, IPPROTO_UDP);
    gai("127.0.0.1", NULL, NH, AF_INET, SOCK_SEQPACKET, 0);
    gai("127.0.0.1", NULL, NH, AF_INET, 99, 0);
    gai("10.1.2.3", "65535", NH | AI_NUMERICSERV, AF_INET, SOCK_STREAM, 0);
    gai("10.1.2.3", "65536", NH, AF_INET, SOCK_STREAM, 0);
    gai("10.1.2.3", "", NH, AF_INET, SOCK_STREAM, 0);
    gai("10.1.2.3", "*", NH, AF_INET, SOCK_STREAM, 0);
    gai("*", "80", NH | AI_PASSIVE, AF_INET, SOCK_STREAM, 0);
    gai("::1", "443", NH, AF_UNSPEC, SOCK_STREAM, 0);
    gai("::1", "443", NH, AF_INET6, SOCK_STREAM, 0);
    gai("::1", "443", NH, AF_INET, SOCK_STREAM, 0);
    gai("fe80::1%7", "22", NH, AF_INET6, SOCK_STREAM, 0);
    gai("::ffff:10.0.0.1", "22", NH, AF_INET, SOCK_STREAM, 0);
    gai("10.0.0.1", "22", NH, AF_INET6, SOCK_STREAM, 0);
    gai("10.0.0.1", "22", NH | AI_V4MAPPED, AF_INET6, SOCK_STREAM, 0);
    gai("127.1", "22", NH, AF_INET, SOCK_STREAM, 0);
    gai("0x7f.1", "22", NH, AF_INET, SOCK_STREAM, 0);
    gai("1.2.3.4 ", "22", NH, AF_INET, SOCK_STREAM, 0);
    gai("example.com", "80", NH, AF_UNSPEC, SOCK_STREAM, 0);
    gai("localhost", NULL, NH, AF_UNSPEC, 0, 0);
    gai("1.2.3.4", "http", AI_NUMERICSERV | NH, AF_INET, SOCK_STREAM, 0);
    gai("1.2.3.4", "80x", NH, AF_INET, SOCK_STREAM, 0);
    gai("1.2.3.4", "80", NH | AI_CANONNAME, AF_INET, SOCK_STREAM, 0);
    gai("::1", "80", NH | AI_CANONNAME, AF_INET6, SOCK_STREAM, 0);
    gai(NULL, "80", AI_CANONNAME, AF_INET, SOCK_STREAM, 0);
    gai(NULL, "80", 0, AF_INET, SOCK_STREAM, 0);
    gai(NULL, "80", AI_PASSIVE, AF_INET, SOCK_STREAM, 0);
    gai(NULL, "80", 0, AF_INET6, SOCK_STREAM, 0);
    gai(NULL, "80", AI_PASSIVE, AF_INET6, SOCK_DGRAM, 0);
    gai(NULL, NULL, 0, AF_INET, 0, 0);
    gai("1.2.3.4", "80", 0x10000, AF_INET, 0, 0);
    gai("1.2.3.4", "80", NH, AF_UNIX, 0, 0);
    gai("1.2.3.4", "80", NH, 12345, 0, 0);

    /* hints == NULL: all socket types of a numeric address. */
    struct addrinfo *res;
    int r = getaddrinfo("192.0.2.7", "8080", NULL, &res);
    printf("gai no hints = %d\n", r);
    if (!r) {
        print_ai(res);
        freeaddrinfo(res);
    }

    /* getnameinfo with numbers. */
    struct sockaddr_in sin;
    memset(&sin, 0, sizeof sin);
    sin.sin_family = AF_INET;
    sin.sin_port = htons(8080);
    inet_pton(AF_INET, "192.168.10.20", &sin.sin_addr);
    char host[NI_MAXHOST], serv[NI_MAXSERV];
    const int NN = NI_NUMERICHOST | NI_NUMERICSERV;
    r = getnameinfo((struct sockaddr *)&sin, sizeof sin, host, sizeof host, serv, sizeof serv, NN);
    printf("gni v4 = %d %s %s\n", r, r ? "-" : host, r ? "-" : serv);
    r = getnameinfo((struct sockaddr *)&sin, sizeof sin, host, sizeof host, NULL, 0, NN);
    printf("gni v4 host only = %d %s\n", r, host);
    r = getnameinfo((struct sockaddr *)&sin, sizeof sin, NULL, 0, serv, sizeof serv, NN);
    printf("gni v4 serv only = %d %s\n", r, serv);
    r = getnameinfo((struct sockaddr *)&sin, sizeof sin, host, 10, serv, sizeof serv, NN);
    printf("gni v4 short host = %d %s\n", r, gai_strerror(r));
    r = getnameinfo((struct sockaddr *)&sin, sizeof sin, host, sizeof host, serv, 4, NN);
    printf("gni v4 short serv = %d %s\n", r, gai_strerror(r));
    r = getnameinfo((struct sockaddr *)&sin, sizeof sin - 1, host, sizeof host, serv, sizeof serv,
                    NN);
    printf("gni v4 short len = %d %s\n", r, gai_strerror(r));
    r = getnameinfo((struct sockaddr *)&sin, sizeof sin, host, sizeof host, serv, sizeof serv,
                    NN | NI_NAMEREQD);
    printf("gni v4 namereqd = %d %s\n", r, gai_strerror(r));
    r = getnameinfo((struct sockaddr *)&sin, sizeof sin, host, sizeof host, serv, sizeof serv,
                    0x1000);
    printf("gni bad flags = %d %s\n", r, gai_strerror(r));
    r = getnameinfo((struct sockaddr *)&sin, sizeof sin, NULL, 0, NULL, 0, NN);
    printf("gni nothing asked = %d\n", r);
    sin.sin_family = AF_APPLETALK;
    r = getnameinfo((struct sockaddr *)&sin, sizeof sin, host, sizeof host, serv, sizeof serv, NN);
    printf("gni appletalk = %d %s\n", r, gai_strerror(r));

    struct sockaddr_in6 sin6;
    memset(&sin6, 0, sizeof sin6);
    sin6.sin6_family = AF_INET6;
    sin6.sin6_port = htons(443);
    inet_pton(AF_INET6, "2001:db8::42", &sin6.sin6_addr);
    r = getnameinfo((struct sockaddr *)&sin6, sizeof sin6, host, sizeof host, serv, sizeof serv,
                    NN | NI_DGRAM);
    printf("gni v6 = %d %s %s\n", r, host, serv);
    sin6.sin6_scope_id = 3;
    r = getnameinfo((struct sockaddr *)&sin6, sizeof sin6, host, sizeof host, serv, sizeof serv, NN);
    printf("gni v6 scope = %d %s %s\n", r, host, serv);
    r = getnameinfo((struct sockaddr *)&sin6, sizeof sin6, host, 14, serv, sizeof serv, NN);
    printf("gni v6 scope short = %d %s\n", r, gai_strerror(r));
    r = getnameinfo((struct sockaddr *)&sin6, sizeof(struct sockaddr_in), host, sizeof host, serv,
                    sizeof serv, NN);
    printf("gni v6 short len = %d %s\n", r, gai_strerror(r));

    /* Round trip: getaddrinfo's address through getnameinfo. */
    if (!getaddrinfo("::ffff:192.0.2.1", "5353", &(struct addrinfo){.ai_flags = AI_NUMERICHOST,
                                                                     .ai_socktype = SOCK_DGRAM},
                     &res)) {
        r = getnameinfo(res->ai_addr, res->ai_addrlen, host, sizeof host, serv, sizeof serv, NN);
        printf("round trip = %d %s %s\n", r, host, serv);
        freeaddrinfo(res);
    }

    for (int code = 1; code >= -13; code--) printf("gai_strerror(%d) = %s\n", code,
                                                  gai_strerror(code));
    printf("gai_strerror(-100) = %s\n", gai_strerror(-100));
    printf("gai_strerror(-104) = %s\n", gai_strerror(-104));
    printf("gai_strerror(-105) = %s\n", gai_strerror(-105));
    printf("gai_strerror(-999) = %s\n", gai_strerror(-999));
    for (int e = -2; e <= 6; e++) printf("hstrerror(%d) = %s\n", e, hstrerror(e));

    struct hostent *he = gethostbyname("192.0.2.33");
    if (he) {
        char buf[INET_ADDRSTRLEN];
        printf("gethostbyname: %s type %d len %d addr %s next %p alias %p\n", he->h_name,
               he->h_addrtype, he->h_length, inet_ntop(AF_INET, he->h_addr, buf, sizeof buf),
               (void *)he->h_addr_list[1], (void *)he->h_aliases[0]);
    } else {
        printf("gethostbyname: NULL\n");
    }
    struct protoent *pe = getprotobyname("tcp");
    printf("getprotobyname(tcp): %s %d\n", pe ? pe->p_name : "NULL", pe ? pe->p_proto : -1);
    pe = getprotobynumber(17);
    printf("getprotobynumber(17): %s %s\n", pe ? pe->p_name : "NULL",
           pe && pe->p_aliases[0] ? pe->p_aliases[0] : "-");
    pe = getprotobyname("UDP");
    printf("getprotobyname(UDP): %s\n", pe ? pe->p_name : "NULL");
    pe = getprotobyname("no-such-protocol");
    printf("getprotobyname(no-such-protocol): %s\n", pe ? pe->p_name : "NULL");
}

int main(void) {
    layouts();
    constants();
    byte_order();
    text_conversions();
    in6_macros();
    lookups();
    return 0;
}
