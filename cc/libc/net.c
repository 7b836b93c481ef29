/* Sockets and name lookup in a sandbox with no network. The address
   conversions are glibc's (inet_aton's forms, inet_pton's strictness,
   inet_ntop's output) and work; getaddrinfo and getnameinfo work on numeric
   addresses and ports; anything that needs a socket, a resolver or a
   database fails the way glibc fails when it finds nothing. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#undef htonl
#undef htons
#undef ntohl
#undef ntohs
uint32_t htonl(uint32_t x) { return __builtin_bswap32(x); }
uint16_t htons(uint16_t x) { return __builtin_bswap16(x); }
uint32_t ntohl(uint32_t x) { return __builtin_bswap32(x); }
uint16_t ntohs(uint16_t x) { return __builtin_bswap16(x); }

const struct in6_addr in6addr_any = IN6ADDR_ANY_INIT;
const struct in6_addr in6addr_loopback = IN6ADDR_LOOPBACK_INIT;

static int fail(int e) {
    errno = e;
    return -1;
}

/* No grant gives a program a socket: creating one is refused. */
int socket(int domain, int type, int protocol) {
    (void)domain, (void)type, (void)protocol;
    return fail(EACCES);
}

int socketpair(int domain, int type, int protocol, int fds[2]) {
    (void)domain, (void)type, (void)protocol, (void)fds;
    return fail(EACCES);
}

/* So no descriptor is a socket: the rest fail as on a closed descriptor
   (ENOTSOCK would claim the descriptor is open). */
int bind(int fd, const struct sockaddr *addr, socklen_t len) {
    (void)fd, (void)addr, (void)len;
    return fail(EBADF);
}

int getsockname(int fd, struct sockaddr *restrict addr, socklen_t *restrict len) {
    (void)fd, (void)addr, (void)len;
    return fail(EBADF);
}

int connect(int fd, const struct sockaddr *addr, socklen_t len) {
    (void)fd, (void)addr, (void)len;
    return fail(EBADF);
}

int getpeername(int fd, struct sockaddr *restrict addr, socklen_t *restrict len) {
    (void)fd, (void)addr, (void)len;
    return fail(EBADF);
}

ssize_t send(int fd, const void *buf, size_t n, int flags) {
    (void)fd, (void)buf, (void)n, (void)flags;
    return fail(EBADF);
}

ssize_t recv(int fd, void *buf, size_t n, int flags) {
    (void)fd, (void)buf, (void)n, (void)flags;
    return fail(EBADF);
}

ssize_t sendto(int fd, const void *buf, size_t n, int flags, const struct sockaddr *addr,
               socklen_t len) {
    (void)fd, (void)buf, (void)n, (void)flags, (void)addr, (void)len;
    return fail(EBADF);
}

ssize_t recvfrom(int fd, void *restrict buf, size_t n, int flags,
                 struct sockaddr *restrict addr, socklen_t *restrict len) {
    (void)fd, (void)buf, (void)n, (void)flags, (void)addr, (void)len;
    return fail(EBADF);
}

ssize_t sendmsg(int fd, const struct msghdr *msg, int flags) {
    (void)fd, (void)msg, (void)flags;
    return fail(EBADF);
}

ssize_t recvmsg(int fd, struct msghdr *msg, int flags) {
    (void)fd, (void)msg, (void)flags;
    return fail(EBADF);
}

int getsockopt(int fd, int level, int name, void *restrict value, socklen_t *restrict len) {
    (void)fd, (void)level, (void)name, (void)value, (void)len;
    return fail(EBADF);
}

int setsockopt(int fd, int level, int name, const void *value, socklen_t len) {
    (void)fd, (void)level, (void)name, (void)value, (void)len;
    return fail(EBADF);
}

int listen(int fd, int backlog) {
    (void)fd, (void)backlog;
    return fail(EBADF);
}

int accept(int fd, struct sockaddr *restrict addr, socklen_t *restrict len) {
    (void)fd, (void)addr, (void)len;
    return fail(EBADF);
}

int accept4(int fd, struct sockaddr *restrict addr, socklen_t *restrict len, int flags) {
    (void)fd, (void)addr, (void)len, (void)flags;
    return fail(EBADF);
}

int shutdown(int fd, int how) {
    (void)fd, (void)how;
    return fail(EBADF);
}

int sockatmark(int fd) {
    (void)fd;
    return fail(EBADF);
}

int sendmmsg(int fd, struct mmsghdr *vec, unsigned int n, int flags) {
    (void)fd, (void)vec, (void)n, (void)flags;
    return fail(EBADF);
}

int recvmmsg(int fd, struct mmsghdr *vec, unsigned int n, int flags, struct timespec *timeout) {
    (void)fd, (void)vec, (void)n, (void)flags, (void)timeout;
    return fail(EBADF);
}

int bindresvport(int fd, struct sockaddr_in *addr) {
    (void)fd, (void)addr;
    return fail(EBADF);
}

int bindresvport6(int fd, struct sockaddr_in6 *addr) {
    (void)fd, (void)addr;
    return fail(EBADF);
}

/* CMSG_NXTHDR: the header after `cmsg`, if it and its length fit in the
   control buffer (glibc's checks). */
struct cmsghdr *__cmsg_nxthdr(struct msghdr *mhdr, struct cmsghdr *cmsg) {
    unsigned char *end = (unsigned char *)mhdr->msg_control + mhdr->msg_controllen;
    if (cmsg->cmsg_len < sizeof(struct cmsghdr)) return 0;
    size_t need = sizeof(struct cmsghdr) + (CMSG_ALIGN(cmsg->cmsg_len) - cmsg->cmsg_len);
    size_t left = (size_t)(end - (unsigned char *)cmsg);
    if (left < need || left - need < cmsg->cmsg_len) return 0;
    return (struct cmsghdr *)((unsigned char *)cmsg + CMSG_ALIGN(cmsg->cmsg_len));
}

/* inet_aton's grammar (glibc): one to four parts separated by dots, each
   decimal, octal (0...) or hex (0x...); the last part fills the remaining
   bytes. Whitespace may end the address; *end is where parsing stopped. */
static int aton_end(const char *cp, struct in_addr *addr, const char **end) {
    static const in_addr_t max[4] = {0xffffffff, 0xffffff, 0xffff, 0xff};
    unsigned char bytes[4] = {0, 0, 0, 0};
    int parts = 0;
    unsigned long val;
    for (;;) {
        if ((unsigned)(*cp - '0') >= 10) return 0;
        int base = 10;
        if (*cp == '0') {
            base = 8;
            cp++;
            if (*cp == 'x' || *cp == 'X') {
                /* "0x" without hex digits is the number 0 followed by 'x'. */
                int h = cp[1];
                if ((unsigned)(h - '0') < 10 || (unsigned)((h | 32) - 'a') < 6) {
                    base = 16;
                    cp++;
                } else {
                    cp--;
                }
            } else {
                cp--;
            }
        }
        val = 0;
        for (;; cp++) {
            int c = *cp, d;
            if ((unsigned)(c - '0') < 10) d = c - '0';
            else if (base == 16 && (unsigned)((c | 32) - 'a') < 6) d = (c | 32) - 'a' + 10;
            else break;
            if (d >= base) break;
            val = val * base + d;
            if (val > 0xffffffff) return 0;
        }
        if (*cp != '.') break;
        if (parts > 2 || val > 0xff) return 0;
        bytes[parts++] = (unsigned char)val;
        cp++;
    }
    if (*cp && *cp != ' ' && (unsigned)(*cp - '\t') >= 5) return 0;
    if (val > max[parts]) return 0;
    if (addr) {
        uint32_t host = (uint32_t)bytes[0] << 24 | (uint32_t)bytes[1] << 16 |
                        (uint32_t)bytes[2] << 8 | (uint32_t)bytes[3];
        addr->s_addr = htonl(host | (uint32_t)val);
    }
    *end = cp;
    return 1;
}

int inet_aton(const char *cp, struct in_addr *inp) {
    const char *end;
    return aton_end(cp, inp, &end);
}

in_addr_t inet_addr(const char *cp) {
    struct in_addr a;
    const char *end;
    return aton_end(cp, &a, &end) ? a.s_addr : INADDR_NONE;
}

/* inet_aton with nothing after the address, as getaddrinfo parses. */
static int aton_exact(const char *cp, struct in_addr *inp) {
    const char *end;
    return aton_end(cp, inp, &end) && !*end;
}

char *inet_ntoa(struct in_addr in) {
    static char buf[INET_ADDRSTRLEN];
    const unsigned char *b = (const unsigned char *)&in.s_addr;
    snprintf(buf, sizeof buf, "%u.%u.%u.%u", b[0], b[1], b[2], b[3]);
    return buf;
}

/* A network number in host order: "a.b" is (a << 8) | b, not inet_aton's
   a.0.0.b. As in glibc, a part is computed modulo 2^32 before it is
   checked to be at most 255. */
in_addr_t inet_network(const char *cp) {
    uint32_t parts[4], val;
    int n = 0;
    for (;;) {
        int base = 10, digit = 0;
        val = 0;
        if (*cp == '0') digit = 1, base = 8, cp++;
        if (*cp == 'x' || *cp == 'X') digit = 0, base = 16, cp++;
        for (;; cp++) {
            int c = *cp;
            if ((unsigned)(c - '0') < 10) {
                if (base == 8 && c >= '8') return INADDR_NONE;
                val = val * base + (uint32_t)(c - '0');
            } else if (base == 16 && (unsigned)((c | 32) - 'a') < 6) {
                val = (val << 4) + (uint32_t)((c | 32) - 'a' + 10);
            } else {
                break;
            }
            digit = 1;
        }
        if (!digit || n >= 4 || val > 0xff) return INADDR_NONE;
        if (*cp != '.') break;
        parts[n++] = val;
        cp++;
    }
    while (*cp == ' ' || (unsigned)(*cp - '\t') < 5) cp++;
    if (*cp) return INADDR_NONE;
    parts[n++] = val;
    val = 0;
    for (int i = 0; i < n; i++) val = val << 8 | parts[i];
    return val;
}

struct in_addr inet_makeaddr(in_addr_t net, in_addr_t host) {
    struct in_addr a;
    if (net < 128) a.s_addr = (net << IN_CLASSA_NSHIFT) | (host & IN_CLASSA_HOST);
    else if (net < 65536) a.s_addr = (net << IN_CLASSB_NSHIFT) | (host & IN_CLASSB_HOST);
    else if (net < 16777216) a.s_addr = (net << IN_CLASSC_NSHIFT) | (host & IN_CLASSC_HOST);
    else a.s_addr = net | host;
    a.s_addr = htonl(a.s_addr);
    return a;
}

in_addr_t inet_lnaof(struct in_addr in) {
    in_addr_t i = ntohl(in.s_addr);
    if (IN_CLASSA(i)) return i & IN_CLASSA_HOST;
    if (IN_CLASSB(i)) return i & IN_CLASSB_HOST;
    return i & IN_CLASSC_HOST;
}

in_addr_t inet_netof(struct in_addr in) {
    in_addr_t i = ntohl(in.s_addr);
    if (IN_CLASSA(i)) return (i & IN_CLASSA_NET) >> IN_CLASSA_NSHIFT;
    if (IN_CLASSB(i)) return (i & IN_CLASSB_NET) >> IN_CLASSB_NSHIFT;
    return (i & IN_CLASSC_NET) >> IN_CLASSC_NSHIFT;
}

/* inet_pton's dotted quad, [src, end): exactly four decimal parts, each at
   most 255 and without leading zeros. */
static int pton4(const char *src, const char *end, unsigned char *dst) {
    unsigned char tmp[4] = {0, 0, 0, 0};
    int octets = 0, saw_digit = 0;
    while (src < end) {
        int ch = *src++;
        if ((unsigned)(ch - '0') < 10) {
            if (!saw_digit) {
                if (++octets > 4) return 0;
                saw_digit = 1;
            } else if (tmp[octets - 1] == 0) {
                return 0;
            }
            unsigned v = tmp[octets - 1] * 10u + (unsigned)(ch - '0');
            if (v > 255) return 0;
            tmp[octets - 1] = (unsigned char)v;
        } else if (ch == '.' && saw_digit) {
            if (octets == 4) return 0;
            saw_digit = 0;
        } else {
            return 0;
        }
    }
    if (octets < 4) return 0;
    memcpy(dst, tmp, 4);
    return 1;
}

static int hexval(int c) {
    if ((unsigned)(c - '0') < 10) return c - '0';
    if ((unsigned)((c | 32) - 'a') < 6) return (c | 32) - 'a' + 10;
    return -1;
}

/* inet_pton's IPv6 text, [src, end): up to eight groups of one to four hex
   digits, one "::" standing for at least one zero group, and a dotted quad
   as the last 32 bits. */
static int pton6(const char *src, const char *end, unsigned char *dst) {
    unsigned char tmp[16], *tp = tmp, *tend = tmp + 16, *colonp = 0;
    memset(tmp, 0, sizeof tmp);
    if (src == end) return 0;
    if (*src == ':' && (++src == end || *src != ':')) return 0;
    const char *curtok = src;
    int digits = 0;
    unsigned val = 0;
    while (src < end) {
        int ch = *src++, d = hexval(ch);
        if (d >= 0) {
            if (digits == 4) return 0;
            val = val << 4 | (unsigned)d;
            digits++;
            continue;
        }
        if (ch == ':') {
            curtok = src;
            if (!digits) {
                if (colonp) return 0;
                colonp = tp;
                continue;
            }
            if (src == end || tp + 2 > tend) return 0;
            *tp++ = (unsigned char)(val >> 8);
            *tp++ = (unsigned char)val;
            digits = 0;
            val = 0;
            continue;
        }
        if (ch == '.' && tp + 4 <= tend && pton4(curtok, end, tp)) {
            tp += 4;
            digits = 0;
            break;
        }
        return 0;
    }
    if (digits) {
        if (tp + 2 > tend) return 0;
        *tp++ = (unsigned char)(val >> 8);
        *tp++ = (unsigned char)val;
    }
    if (colonp) {
        if (tp == tend) return 0;
        size_t n = (size_t)(tp - colonp);
        memmove(tend - n, colonp, n);
        memset(colonp, 0, (size_t)(tend - n - colonp));
        tp = tend;
    }
    if (tp != tend) return 0;
    memcpy(dst, tmp, 16);
    return 1;
}

int inet_pton(int af, const char *restrict src, void *restrict dst) {
    const char *end = src + strlen(src);
    if (af == AF_INET) return pton4(src, end, dst);
    if (af == AF_INET6) return pton6(src, end, dst);
    return fail(EAFNOSUPPORT);
}

static const char *ntop4(const unsigned char *b, char *dst, socklen_t size) {
    char tmp[INET_ADDRSTRLEN];
    int n = snprintf(tmp, sizeof tmp, "%u.%u.%u.%u", b[0], b[1], b[2], b[3]);
    if ((socklen_t)n >= size) {
        errno = ENOSPC;
        return 0;
    }
    memcpy(dst, tmp, (size_t)n + 1);
    return dst;
}

/* RFC 5952's form, as glibc writes it: lowercase hex without leading zeros;
   the longest run of two or more zero groups (the first of equals) becomes
   "::"; the last 32 bits of an IPv4-compatible (::a.b.c.d) or mapped
   (::ffff:a.b.c.d) address are a dotted quad. */
static const char *ntop6(const unsigned char *b, char *dst, socklen_t size) {
    char tmp[INET6_ADDRSTRLEN], *tp = tmp;
    unsigned words[8];
    int best = -1, best_len = 0, cur = -1, cur_len = 0;
    for (int i = 0; i < 8; i++) {
        words[i] = (unsigned)b[2 * i] << 8 | b[2 * i + 1];
        if (words[i] == 0) {
            if (cur < 0) cur = i, cur_len = 0;
            cur_len++;
            if (cur_len > best_len) best = cur, best_len = cur_len;
        } else {
            cur = -1;
        }
    }
    if (best_len < 2) best = -1;
    for (int i = 0; i < 8; i++) {
        if (best >= 0 && i >= best && i < best + best_len) {
            if (i == best) *tp++ = ':';
            continue;
        }
        if (i) *tp++ = ':';
        if (i == 6 && best == 0 && (best_len == 6 || (best_len == 5 && words[5] == 0xffff))) {
            ntop4(b + 12, tp, (socklen_t)(sizeof tmp - (size_t)(tp - tmp)));
            tp += strlen(tp);
            break;
        }
        tp += sprintf(tp, "%x", words[i]);
    }
    if (best >= 0 && best + best_len == 8) *tp++ = ':';
    *tp++ = 0;
    if ((socklen_t)(tp - tmp) > size) {
        errno = ENOSPC;
        return 0;
    }
    memcpy(dst, tmp, (size_t)(tp - tmp));
    return dst;
}

const char *inet_ntop(int af, const void *restrict src, char *restrict dst, socklen_t size) {
    if (af == AF_INET) return ntop4(src, dst, size);
    if (af == AF_INET6) return ntop6(src, dst, size);
    errno = EAFNOSUPPORT;
    return 0;
}

/* getaddrinfo's socket types (glibc's table): with neither ai_socktype nor
   ai_protocol given, the `all` entries, each once per address. */
static const struct {
    int socktype, protocol, any_protocol, no_service, all;
} kinds[] = {
    {SOCK_STREAM, IPPROTO_TCP, 0, 0, 1},
    {SOCK_DGRAM, IPPROTO_UDP, 0, 0, 1},
    {SOCK_DCCP, IPPROTO_DCCP, 0, 0, 0},
    {SOCK_DGRAM, IPPROTO_UDPLITE, 0, 0, 0},
    {SOCK_STREAM, IPPROTO_SCTP, 0, 0, 0},
    {SOCK_SEQPACKET, IPPROTO_SCTP, 0, 0, 0},
    {SOCK_RAW, 0, 1, 1, 1},
};
#define NKINDS (int)(sizeof kinds / sizeof kinds[0])

struct address {
    int family;
    unsigned char bytes[16];
    uint32_t scope;
};

/* One result: the addrinfo and its address in one allocation, so
   freeaddrinfo frees each with its address. */
static struct addrinfo *new_result(const struct addrinfo *req, const struct address *a,
                                   int socktype, int protocol, int port) {
    size_t len = a->family == AF_INET ? sizeof(struct sockaddr_in) : sizeof(struct sockaddr_in6);
    struct addrinfo *ai = calloc(1, sizeof *ai + len);
    if (!ai) return 0;
    ai->ai_flags = req->ai_flags;
    ai->ai_family = a->family;
    ai->ai_socktype = socktype;
    ai->ai_protocol = protocol;
    ai->ai_addrlen = (socklen_t)len;
    ai->ai_addr = (struct sockaddr *)(ai + 1);
    if (a->family == AF_INET) {
        struct sockaddr_in *sin = (struct sockaddr_in *)ai->ai_addr;
        sin->sin_family = AF_INET;
        sin->sin_port = htons((uint16_t)port);
        memcpy(&sin->sin_addr, a->bytes, 4);
    } else {
        struct sockaddr_in6 *sin6 = (struct sockaddr_in6 *)ai->ai_addr;
        sin6->sin6_family = AF_INET6;
        sin6->sin6_port = htons((uint16_t)port);
        memcpy(&sin6->sin6_addr, a->bytes, 16);
        sin6->sin6_scope_id = a->scope;
    }
    return ai;
}

void freeaddrinfo(struct addrinfo *ai) {
    while (ai) {
        struct addrinfo *next = ai->ai_next;
        free(ai->ai_canonname);
        free(ai);
        ai = next;
    }
}

/* The address `name` spells, for the requested family (glibc's rules for a
   numeric host): 0, or an EAI_ code. */
static int numeric_host(const char *name, const struct addrinfo *req, struct address *a) {
    struct in_addr v4;
    if (aton_exact(name, &v4)) {
        if (req->ai_family == AF_UNSPEC || req->ai_family == AF_INET) {
            a->family = AF_INET;
            memcpy(a->bytes, &v4, 4);
        } else if (req->ai_flags & AI_V4MAPPED) {
            a->family = AF_INET6;
            memset(a->bytes, 0, 10);
            a->bytes[10] = a->bytes[11] = 0xff;
            memcpy(a->bytes + 12, &v4, 4);
        } else {
            return EAI_ADDRFAMILY;
        }
        return 0;
    }
    const char *pct = strchr(name, '%');
    if (!pton6(name, pct ? pct : name + strlen(name), a->bytes)) return EAI_NONAME;
    if (req->ai_family == AF_UNSPEC || req->ai_family == AF_INET6) {
        a->family = AF_INET6;
    } else if (IN6_IS_ADDR_V4MAPPED(a->bytes)) {
        a->family = AF_INET;
        memmove(a->bytes, a->bytes + 12, 4);
    } else {
        return EAI_ADDRFAMILY;
    }
    /* A zone: only numbers, since the sandbox has no interfaces to name. */
    if (pct) {
        char *e;
        unsigned long id = strtoul(pct + 1, &e, 10);
        if (!pct[1] || *e || id > 0xffffffff) return EAI_NONAME;
        a->scope = (uint32_t)id;
    }
    return 0;
}

/* Host names need a resolver or a hosts file, and the sandbox has neither:
   a name fails with EAI_NONAME, as a name no database knows does under
   glibc (not EAI_AGAIN: retrying cannot help). AI_ADDRCONFIG is ignored:
   with no interfaces it would refuse even numeric addresses. */
int getaddrinfo(const char *restrict name, const char *restrict service,
                const struct addrinfo *restrict hints, struct addrinfo **restrict res) {
    static const struct addrinfo defaults = {AI_V4MAPPED | AI_ADDRCONFIG, AF_UNSPEC, 0, 0, 0, 0, 0, 0};
    if (name && name[0] == '*' && !name[1]) name = 0;
    if (service && service[0] == '*' && !service[1]) service = 0;
    if (!name && !service) return EAI_NONAME;
    const struct addrinfo *req = hints ? hints : &defaults;
    if (req->ai_flags & ~0x7ff) return EAI_BADFLAGS;
    if ((req->ai_flags & AI_CANONNAME) && !name) return EAI_BADFLAGS;
    int port = 0, named_service = 0;
    if (service && *service) {
        char *e;
        unsigned long n = strtoul(service, &e, 10);
        if (*e) {
            if (req->ai_flags & AI_NUMERICSERV) return EAI_NONAME;
            named_service = 1;
        } else if ((int)n < 0) {
            named_service = 1;
        } else {
            port = (int)n;
        }
    }
    if (req->ai_family != AF_UNSPEC && req->ai_family != AF_INET && req->ai_family != AF_INET6)
        return EAI_FAMILY;

    /* The socket types to return. */
    int first = 0, last = NKINDS;
    if (req->ai_socktype || req->ai_protocol) {
        while (first < NKINDS &&
               ((req->ai_socktype && req->ai_socktype != kinds[first].socktype) ||
                (req->ai_protocol && !kinds[first].any_protocol &&
                 req->ai_protocol != kinds[first].protocol)))
            first++;
        if (first == NKINDS) return req->ai_socktype ? EAI_SOCKTYPE : EAI_SERVICE;
        last = first + 1;
    }
    if (service && *service && (req->ai_socktype || req->ai_protocol) && kinds[first].no_service)
        return EAI_SERVICE;
    /* No services database: no service name is known. */
    if (named_service) return EAI_SERVICE;

    struct address addrs[2];
    int naddrs = 0;
    memset(addrs, 0, sizeof addrs);
    if (name) {
        /* A name that is not a number would need a lookup: EAI_NONAME,
           with or without AI_NUMERICHOST. */
        int r = numeric_host(name, req, &addrs[0]);
        if (r) return r;
        naddrs = 1;
    } else {
        /* No host: the loopback address, or the wildcard to bind to. */
        int passive = req->ai_flags & AI_PASSIVE;
        if (req->ai_family != AF_INET) {
            addrs[naddrs].family = AF_INET6;
            if (!passive) addrs[naddrs].bytes[15] = 1;
            naddrs++;
        }
        if (req->ai_family != AF_INET6) {
            addrs[naddrs].family = AF_INET;
            if (!passive) memcpy(addrs[naddrs].bytes, "\177\0\0\1", 4);
            naddrs++;
        }
    }

    struct addrinfo *head = 0, **tail = &head;
    for (int i = 0; i < naddrs; i++) {
        for (int k = first; k < last; k++) {
            int protocol = kinds[k].protocol;
            if (req->ai_socktype || req->ai_protocol) {
                if (kinds[k].any_protocol) protocol = req->ai_protocol;
            } else if (!kinds[k].all) {
                continue;
            }
            struct addrinfo *ai = new_result(req, &addrs[i], kinds[k].socktype, protocol, port);
            if (!ai) {
                freeaddrinfo(head);
                return EAI_MEMORY;
            }
            *tail = ai;
            tail = &ai->ai_next;
        }
    }
    /* A numeric host's canonical name is the host as given. */
    if (req->ai_flags & AI_CANONNAME) {
        head->ai_canonname = strdup(name);
        if (!head->ai_canonname) {
            freeaddrinfo(head);
            return EAI_MEMORY;
        }
    }
    *res = head;
    return 0;
}

const char *gai_strerror(int code) {
    switch (code) {
    case EAI_ADDRFAMILY: return "Address family for hostname not supported";
    case EAI_AGAIN: return "Temporary failure in name resolution";
    case EAI_BADFLAGS: return "Bad value for ai_flags";
    case EAI_FAIL: return "Non-recoverable failure in name resolution";
    case EAI_FAMILY: return "ai_family not supported";
    case EAI_MEMORY: return "Memory allocation failure";
    case EAI_NODATA: return "No address associated with hostname";
    case EAI_NONAME: return "Name or service not known";
    case EAI_SERVICE: return "Servname not supported for ai_socktype";
    case EAI_SOCKTYPE: return "ai_socktype not supported";
    case EAI_SYSTEM: return "System error";
    case EAI_INPROGRESS: return "Processing request in progress";
    case EAI_CANCELED: return "Request canceled";
    case EAI_NOTCANCELED: return "Request not canceled";
    case EAI_ALLDONE: return "All requests done";
    case EAI_INTR: return "Interrupted by a signal";
    case EAI_IDN_ENCODE: return "Parameter string not correctly encoded";
    /* glibc has no text for EAI_OVERFLOW. */
    default: return "Unknown error";
    }
}

/* Numbers only, as glibc answers when no database knows the address or
   port: NI_NAMEREQD, which refuses a number for the host, fails. */
int getnameinfo(const struct sockaddr *restrict sa, socklen_t salen, char *restrict host,
                socklen_t hostlen, char *restrict serv, socklen_t servlen, int flags) {
    if (flags & ~0xff) return EAI_BADFLAGS;
    if (!sa || salen < sizeof(sa_family_t)) return EAI_FAMILY;
    if ((flags & NI_NAMEREQD) && !host && !serv) return EAI_NONAME;
    switch (sa->sa_family) {
    case AF_LOCAL:
        if (salen < __builtin_offsetof(struct sockaddr_un, sun_path)) return EAI_FAMILY;
        break;
    case AF_INET:
        if (salen < sizeof(struct sockaddr_in)) return EAI_FAMILY;
        break;
    case AF_INET6:
        if (salen < sizeof(struct sockaddr_in6)) return EAI_FAMILY;
        break;
    default: return EAI_FAMILY;
    }
    int saved = errno;
    if (host && hostlen) {
        /* A local socket's host is the node's name (uname's), without a
           lookup. */
        if (sa->sa_family == AF_LOCAL && !(flags & NI_NUMERICHOST)) {
            if (hostlen <= strlen("localhost")) return EAI_OVERFLOW;
            strcpy(host, "localhost");
        } else if (flags & NI_NAMEREQD) {
            return EAI_NONAME;
        } else if (sa->sa_family == AF_LOCAL) {
            strncpy(host, "localhost", hostlen);
        } else if (sa->sa_family == AF_INET) {
            if (!ntop4((const unsigned char *)&((const struct sockaddr_in *)sa)->sin_addr, host,
                       hostlen))
                return EAI_OVERFLOW;
        } else {
            const struct sockaddr_in6 *sin6 = (const struct sockaddr_in6 *)sa;
            if (!ntop6(sin6->sin6_addr.s6_addr, host, hostlen)) return EAI_OVERFLOW;
            if (sin6->sin6_scope_id) {
                char zone[16];
                size_t n = strlen(host);
                int z = snprintf(zone, sizeof zone, "%%%u", (unsigned)sin6->sin6_scope_id);
                if (n + (size_t)z >= hostlen) return EAI_OVERFLOW;
                memcpy(host + n, zone, (size_t)z + 1);
            }
        }
    }
    if (serv && servlen) {
        if (sa->sa_family == AF_LOCAL) {
            /* The path, cut to fit, as glibc does. */
            strncpy(serv, ((const struct sockaddr_un *)sa)->sun_path, servlen);
        } else {
            int n = snprintf(serv, servlen, "%d", ntohs(((const struct sockaddr_in *)sa)->sin_port));
            if ((socklen_t)n >= servlen) return EAI_OVERFLOW;
        }
    }
    if (host && hostlen) host[hostlen - 1] = 0;
    if (serv && servlen) serv[servlen - 1] = 0;
    errno = saved;
    return 0;
}

int h_errno;

/* gethostbyname's static result. */
static struct {
    struct hostent h;
    char *aliases[1];
    char *addrs[2];
    unsigned char addr[16];
    char name[256];
} host_result;

static struct hostent *host_of(const char *name, int af, const void *addr) {
    size_t n = strlen(name);
    if (n >= sizeof host_result.name) {
        h_errno = NO_RECOVERY;
        return 0;
    }
    memcpy(host_result.name, name, n + 1);
    memcpy(host_result.addr, addr, af == AF_INET ? 4 : 16);
    host_result.aliases[0] = 0;
    host_result.addrs[0] = (char *)host_result.addr;
    host_result.addrs[1] = 0;
    host_result.h.h_name = host_result.name;
    host_result.h.h_aliases = host_result.aliases;
    host_result.h.h_addrtype = af;
    host_result.h.h_length = af == AF_INET ? 4 : 16;
    host_result.h.h_addr_list = host_result.addrs;
    h_errno = NETDB_SUCCESS;
    return &host_result.h;
}

/* Only numbers: dotted IPv4 for AF_INET (digits and dots, as glibc reads
   them before any lookup) and IPv6 text for AF_INET6. */
struct hostent *gethostbyname2(const char *name, int af) {
    unsigned char a[16];
    if (af != AF_INET && af != AF_INET6) {
        errno = EAFNOSUPPORT;
        h_errno = NETDB_INTERNAL;
        return 0;
    }
    if (af == AF_INET && (unsigned)(*name - '0') < 10 && name[strlen(name) - 1] != '.' &&
        strspn(name, "0123456789.") == strlen(name) && aton_exact(name, (struct in_addr *)a))
        return host_of(name, af, a);
    if (af == AF_INET6 && pton6(name, name + strlen(name), a)) return host_of(name, af, a);
    h_errno = HOST_NOT_FOUND;
    return 0;
}

struct hostent *gethostbyname(const char *name) { return gethostbyname2(name, AF_INET); }

struct hostent *gethostbyaddr(const void *addr, socklen_t len, int type) {
    (void)addr, (void)len, (void)type;
    h_errno = HOST_NOT_FOUND;
    return 0;
}

/* No hosts, services or networks databases: nothing to list. */
struct hostent *gethostent(void) { return 0; }
void sethostent(int stayopen) { (void)stayopen; }
void endhostent(void) {}
struct servent *getservbyname(const char *name, const char *proto) {
    (void)name, (void)proto;
    return 0;
}
struct servent *getservbyport(int port, const char *proto) {
    (void)port, (void)proto;
    return 0;
}
struct servent *getservent(void) { return 0; }
void setservent(int stayopen) { (void)stayopen; }
void endservent(void) {}
struct netent *getnetbyname(const char *name) {
    (void)name;
    return 0;
}
struct netent *getnetbyaddr(uint32_t net, int type) {
    (void)net, (void)type;
    return 0;
}
struct netent *getnetent(void) { return 0; }
void setnetent(int stayopen) { (void)stayopen; }
void endnetent(void) {}

const char *hstrerror(int err) {
    static const char *const msgs[] = {"Resolver Error 0 (no error)", "Unknown host",
                                       "Host name lookup failure", "Unknown server error",
                                       "No address associated with name"};
    if (err < 0) return "Resolver internal error";
    if (err < 5) return msgs[err];
    return "Unknown resolver error";
}

void herror(const char *s) {
    if (s && *s) fprintf(stderr, "%s: ", s);
    fprintf(stderr, "%s\n", hstrerror(h_errno));
}

/* The protocols of a standard /etc/protocols that programs look up. */
static char *proto_aliases[][2] = {{"IP", 0},    {"ICMP", 0},      {"IGMP", 0},
                                   {"TCP", 0},   {"UDP", 0},       {"IPv6", 0},
                                   {"GRE", 0},   {"IPSEC-ESP", 0}, {"IPSEC-AH", 0},
                                   {"IPv6-ICMP", 0}, {"SCTP", 0},  {"UDPLite", 0}};
static struct protoent protocols[] = {
    {"ip", proto_aliases[0], 0},        {"icmp", proto_aliases[1], 1},
    {"igmp", proto_aliases[2], 2},      {"tcp", proto_aliases[3], 6},
    {"udp", proto_aliases[4], 17},      {"ipv6", proto_aliases[5], 41},
    {"gre", proto_aliases[6], 47},      {"esp", proto_aliases[7], 50},
    {"ah", proto_aliases[8], 51},       {"ipv6-icmp", proto_aliases[9], 58},
    {"sctp", proto_aliases[10], 132},   {"udplite", proto_aliases[11], 136},
};
#define NPROTOCOLS (int)(sizeof protocols / sizeof protocols[0])
static int proto_next;

struct protoent *getprotobyname(const char *name) {
    for (int i = 0; i < NPROTOCOLS; i++)
        if (!strcmp(name, protocols[i].p_name) || !strcmp(name, protocols[i].p_aliases[0]))
            return &protocols[i];
    return 0;
}

struct protoent *getprotobynumber(int proto) {
    for (int i = 0; i < NPROTOCOLS; i++)
        if (protocols[i].p_proto == proto) return &protocols[i];
    return 0;
}

struct protoent *getprotoent(void) {
    return proto_next < NPROTOCOLS ? &protocols[proto_next++] : 0;
}
void setprotoent(int stayopen) {
    (void)stayopen;
    proto_next = 0;
}
void endprotoent(void) { proto_next = 0; }
