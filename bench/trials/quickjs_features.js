function fib(n) { return n < 2 ? n : fib(n-1) + fib(n-2); }
print("fib", fib(22));
class A { constructor(x) { this.x = x; } get dbl() { return this.x * 2; } static make(v) { return new A(v); } }
class B extends A { toString() { return `B(${this.x},${this.dbl})`; } }
print(String(new B(21)), A.make(4).dbl);
function* gen(n) { for (let i = 0; i < n; i++) yield i * i; }
print([...gen(6)].join(" "));
let m = new Map([[1, "a"], [2, "b"]]); m.set(3, "c"); let s = new Set([1,2,2,3,3,3]);
print(m.size, [...m.values()].join(""), s.size, [...s].reduce((a,b)=>a+b, 0));
print(Math.sqrt(2), Math.sin(1), Math.exp(10), Math.log(7), Math.pow(2, 0.5), Math.atan2(1, 2), Math.cbrt(27), Math.hypot(3,4));
print((123.456).toFixed(2), (0.000001234).toExponential(3), (1234.5678).toPrecision(6), (255).toString(16), parseFloat("3.14e2xyz"), parseInt("0x1f"));
print(1e21, 1/3, -0, 5e-324, 1.7976931348623157e308, 0.1*3, 100/3);
print(2n ** 100n, (2n**64n - 1n).toString(16), BigInt.asIntN(8, 255n));
let ta = new Float64Array([1.5, 2.5, -3]); let u8 = new Uint8Array(ta.buffer); print(ta.join(","), u8.length, u8[7]);
try { null.x; } catch (e) { print("caught", e instanceof TypeError, e.message); }
let re = /(\d+)-(\d+)/g; let str = "10-20, 30-40"; print(str.replace(re, "$2:$1"), [...str.matchAll(/\d+/g)].map(x=>x[0]).join("|"));
print(JSON.stringify(JSON.parse('{"a":[1,2,{"b":null}],"c":"\\u00e9"}')), JSON.stringify({x:1,y:[1,2]}, null, 2));
let arr = []; for (let i = 0; i < 1000; i++) arr.push((i * 7919) % 1000); arr.sort((a,b)=>a-b); print(arr[0], arr[500], arr[999]);
let o = {}; let p = new Proxy(o, { get(t, k) { return "prop:" + String(k); } }); print(p.hello);
let sym = Symbol("tag"); let obj = {[sym]: 5}; print(obj[sym], sym.toString());
print([3,1,2].toSorted ? "has toSorted" : "no toSorted", Object.entries({a:1,b:2}).flat().join());
print("abc".padStart(6, "*"), "x".repeat(5), "Hello".split("").reverse().join(""), "ß".toUpperCase(), "İ".toLowerCase().length);
let d = new Date(Date.UTC(2020, 1, 29, 12, 30, 15)); print(d.toISOString(), d.getUTCDay(), Date.UTC(1970,0,1));
label: for (let i = 0; i < 3; i++) { for (let j = 0; j < 3; j++) { if (j == 2) continue label; if (i == 2) break label; print(i, j); } }
let cnt = 0; function mk() { let c = 0; return () => ++c; } let f1 = mk(); f1(); f1(); print(f1());
Promise.resolve(1).then(v => print("promise", v));
print(typeof eval, eval("1+2*3"), new Function("a", "b", "return a*b")(6, 7));
let big = []; for (let i = 0; i < 100000; i++) big.push({i, s: "v" + i}); print(big.length, big[99999].s);
print(Number.MAX_SAFE_INTEGER, Number.EPSILON, (-7) % 3, 7 >>> 1, -7 >> 1, 1 << 31, 2**31 | 0);
