//! Seeded random mutations of valid inputs: the same seed gives the same corpus on every machine.

const BODY_MUTATIONS: usize = 600;
const CONTENT_TYPE_MUTATIONS: usize = 250;

const VALID_BODIES: [&str; 8] = [
    r#"{"number":5,"boolean":true}"#,
    r#"{"number": 4294967295, "boolean": false}"#,
    "{ \"boolean\" : true ,\n\t\"number\" : 0 }\r\n",
    "[7,false]",
    r#"{"number":42,"boolean":true,"extra":{"a":[1,-2.5e3,null,"s\u00e9\ud800"],"b":{}}}"#,
    r#"{"\u006eumber":12,"boolean":false,"x":"\"\\\/\b\f\n\r\t"}"#,
    r#"{"x":[[[[{"y":[]}]]]],"boolean":true,"number":3000000000}"#,
    "{\"number\":9,\"boolean\":true,\"k\u{e9}y\":\"v\u{1f600}\"}",
];

/// Bytes and tokens that matter to a JSON parser.
const TOKENS: [&[u8]; 34] = [
    b"null", b"true", b"false", b",", b":", b"\"", b"\\", b"\\u", b"\\ud800", b"\\u0000", b"[", b"]", b"{", b"}",
    b"0", b"-", b".", b"e", b"1e5", b"4294967296", b" ", b"\n", b"\t", b"\x00", b"\x0c", b"\xff", b"\xc3\xa9",
    b"\xc3", b"\xef\xbb\xbf", b"\xed\xa0\x80", b"\"number\":1,", b"\"boolean\":false,", b"\"x\":[],", b"9",
];

const CONTENT_TYPES: [&str; 4] =
    ["application/json", "application/json; charset=utf-8", "application/json;charset=\"utf-8\"", "Application/JSON"];
const CONTENT_TYPE_TOKENS: [&[u8]; 22] = [
    b"/", b";", b"=", b"\"", b" ", b"\t", b"+", b",", b"*", b"\x80", b"\xff", b"a", b"J", b"-", b".", b"json",
    b"application", b"charset", b"utf-8", b"\\", b"(", b"x",
];

pub fn bodies() -> Vec<Vec<u8>> {
    let mut random = XorShift(0x5eed_0013_da7a_0001);
    (0..BODY_MUTATIONS)
        .map(|_| {
            let base = VALID_BODIES[random.below(VALID_BODIES.len())].as_bytes().to_vec();
            mutate(base, &TOKENS, &mut random)
        })
        .collect()
}

/// Mutated values that hyper would hand to warp (valid field values, trimmed); others are dropped.
pub fn content_types() -> Vec<Vec<u8>> {
    let mut random = XorShift(0x5eed_0013_c0de_0002);
    (0..CONTENT_TYPE_MUTATIONS)
        .map(|_| {
            let base = CONTENT_TYPES[random.below(CONTENT_TYPES.len())].as_bytes().to_vec();
            mutate(base, &CONTENT_TYPE_TOKENS, &mut random)
        })
        .filter(|value| is_trimmed_field_value(value))
        .collect()
}

pub fn is_trimmed_field_value(value: &[u8]) -> bool {
    let blank = |b: &u8| *b == b' ' || *b == b'\t';
    http::HeaderValue::from_bytes(value).is_ok() && !value.first().map_or(false, blank) && !value.last().map_or(false, blank)
}

/// One to three edits: replace, insert, delete, duplicate, swap or cut.
fn mutate(mut bytes: Vec<u8>, tokens: &[&[u8]], random: &mut XorShift) -> Vec<u8> {
    for _ in 0..1 + random.below(3) {
        let at = random.below(bytes.len() + 1);
        let token = tokens[random.below(tokens.len())];
        match random.below(7) {
            0 if at < bytes.len() => bytes[at] = random.below(256) as u8,
            1 => {
                bytes.splice(at..at, token.iter().copied());
            }
            2 if at < bytes.len() => {
                bytes.remove(at);
            }
            3 => {
                let end = (at + 1 + random.below(8)).min(bytes.len());
                let copy = bytes[at.min(end)..end].to_vec();
                bytes.splice(end..end, copy);
            }
            4 if at + 1 < bytes.len() => bytes.swap(at, at + 1),
            5 => bytes.truncate(at),
            _ if at < bytes.len() => {
                bytes.splice(at..at + 1, token.iter().copied());
            }
            _ => bytes.extend_from_slice(token),
        }
    }
    bytes
}

/// xorshift64: small, seeded, and the same everywhere.
struct XorShift(u64);

impl XorShift {
    fn below(&mut self, bound: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % bound as u64) as usize
    }
}
