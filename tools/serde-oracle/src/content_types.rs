//! Hand-written Content-Type values. Each is a field value as hyper hands it to warp:
//! no leading or trailing white space, no control characters other than tab.

pub fn hand_written() -> Vec<Vec<u8>> {
    let mut values: Vec<Vec<u8>> = [
        "application/json", "APPLICATION/JSON", "Application/Json", "application/JSON", "application/json;charset=utf-8",
        "application/json; charset=utf-8", "application/json; charset=UTF-8", "application/json;  charset=utf-8",
        "application/json ;charset=utf-8", "application/json\t;charset=utf-8", "application/json;\tcharset=utf-8",
        "application/json; charset=\"utf-8\"", "application/json; charset=\"utf 8\"", "application/json; charset=\"\"",
        "application/json; charset=\"a\\\"b\"", "application/json; charset=\"utf-8\" ; a=b", "application/json; charset=\"utf-8\"x",
        "application/json; charset=\"utf-8", "application/json; charset=", "application/json; charset",
        "application/json; =utf-8", "application/json;", "application/json;;",
        "application/json; ;", "application/json; a=b; c=d", "application/json; a=b;c=d", "application/json; a=b ;c=d",
        "application/json; a=b c", "application/json; a=b;", "application/json; a=;",
        "application/json; a==b", "application/json; a=b=c", "application/json; a=b,c=d", "application/json, text/plain",
        "application/json,text/plain", "application/json; q=0.5", "application/json; charset=latin1",
        "application/json; charset=utf-16", "application/json; boundary=x", "application/json+xyz", "application/json+",
        "application/json+json", "application/json+a+b", "application/json++", "application/+json", "application/js+on",
        "application/vnd.api+json", "application/problem+json", "application/ld+json", "application/merge-patch+json",
        "application/x-json", "application/jsonp", "application/json5", "application/json-seq", "application/jsonl",
        "application/javascript", "application/xml", "application/octet-stream", "application/x-www-form-urlencoded",
        "text/json", "text/plain", "text/javascript", "text/x-json", "json", "json/application", "application",
        "application/", "application/;charset=utf-8", "/json", "/", "//", "application//json", "application/json/",
        "application/json/x", "application /json", "application/ json", "application / json", "application\t/json",
        "application/jso n", "application/j\"son", "application/j(son", "application/j@son", "application/j%73on",
        "application/j.son", "application/json.", "application/.json", "application/json!", "application/json#",
        "application/json*", "application/json~", "app/json", "applications/json", "*/*", "*/json", "application/*",
        "*", "\"application/json\"", "'application/json'", "<application/json>", "(application/json)",
        "application/json (comment)", "multipart/form-data; boundary=x", "x/y", "a/b+json", "A/JSON", "x",
        "application/json\u{e9}", "application/js\u{f6}n", "application/json; charset=\"\u{e9}\"",
        "application/json; a=\u{e9}", "\u{e9}/json", "application/json \tx", "application/\tjson",
    ]
    .iter()
    .map(|value| value.as_bytes().to_vec())
    .collect();
    for raw in [&b"application/json\x80"[..], b"application/json; a=\"\xff\"", b"application/json; \xff=1", b"\xffapplication/json"] {
        values.push(raw.to_vec());
    }
    values.push(Vec::new());
    values
}
