//! Hand-written request bodies: the edge cases of serde's derive and of serde_json's parser.

const VALID: &str = r#"{"number":5,"boolean":true}"#;

pub fn hand_written() -> Vec<Vec<u8>> {
    let mut bodies: Vec<Vec<u8>> = Vec::new();
    let mut add = |body: &[u8]| bodies.push(body.to_vec());

    // Not an object at all; serde's derive also takes a sequence in field order.
    for body in [
        "", " ", "\n", "null", " null ", "true", "false", "5", "0", "\"x\"", "\"\"", "[]", "{}", "[5]",
        "[5,true]", "[ 5 , true ]", "\t[\n5\r,\ntrue\t]\n", "[0,false]", "[4294967295,false]",
        "[4294967296,false]", "[-1,true]", "[5.0,true]", "[1e2,true]", "[\"5\",true]", "[5,\"true\"]",
        "[5,1]", "[5,null]", "[null,true]", "[true,5]", "[5,true,]", "[5,true,null]", "[5,true,1]",
        "[5,true]]", "[5,true", "[5,", "[5", "[", "]", "[[5,true]]", "[{\"number\":5,\"boolean\":true}]",
        "[5 true]", "[5,,true]", "[,5,true]", "[5,true][]", "[05,true]", "[-0,true]", "[5,tru]", "[5,True]",
        "[5,true] ", "[5,true]x", "{\"number\":5,\"boolean\":true}[5,true]", "nul", "nulll", "NULL", "None",
        "undefined", "{", "}", "{{}}", "\"{\\\"number\\\":5,\\\"boolean\\\":true}\"",
    ] {
        add(body.as_bytes());
    }

    // The talk's body and its layouts: only space, tab, CR and LF are JSON whitespace.
    for body in [
        VALID,
        r#"{"number": 5, "boolean": true}"#,
        r#"{"boolean":false,"number":7}"#,
        " \t\r\n{ \t\r\n\"number\" \t\r\n: \t\r\n5 \t\r\n, \t\r\n\"boolean\" \t\r\n: \t\r\ntrue \t\r\n} \t\r\n",
        "{\"number\":5,\"boolean\":true}\n",
        "{\"number\":5,\"boolean\":true}\r\n",
        "\n\n{\"number\":5,\"boolean\":true}",
        "{\"number\":5,\"boolean\":true}\x0c",
        "\x0c{\"number\":5,\"boolean\":true}",
        "{\"number\":5,\x0b\"boolean\":true}",
        "{\"number\":5,\u{a0}\"boolean\":true}",
        "{\"number\":5,\u{2028}\"boolean\":true}",
        "{\"number\":5,\u{3000}\"boolean\":true}",
        "{\"number\":5,\"boolean\":true}\0",
        "\0{\"number\":5,\"boolean\":true}",
        "\u{feff}{\"number\":5,\"boolean\":true}",
        "{\u{feff}\"number\":5,\"boolean\":true}",
        "{\"number\":5,\"boolean\":true}\u{feff}",
    ] {
        add(body.as_bytes());
    }

    // After the value: only whitespace.
    for tail in [
        " x", "x", "{}", "[]", "5", ",", "]", "}", "\"\"", "null", " {\"number\":5,\"boolean\":true}", "//", "/* */",
        "#", ";", "\u{1}", "\u{7f}", "\n\n\n", "\t",
    ] {
        add(format!("{}{}", VALID, tail).as_bytes());
    }
    for head in ["//c\n", "/**/", "#\n", "x", ",", "[", "\"\"", "0"] {
        add(format!("{}{}", head, VALID).as_bytes());
    }

    // Object syntax.
    for body in [
        r#"{"number":5,"boolean":true,}"#, r#"{,"number":5,"boolean":true}"#, r#"{"number":5,,"boolean":true}"#,
        r#"{"number":5 "boolean":true}"#, r#"{"number" 5,"boolean":true}"#, r#"{"number"::5,"boolean":true}"#,
        r#"{"number"=5,"boolean":true}"#, r#"{"number":5;"boolean":true}"#, r#"{'number':5,'boolean':true}"#,
        r#"{number:5,boolean:true}"#, r#"{"number":5,"boolean":true"#, r#"{"number":5,"boolean":"#,
        r#"{"number":5,"boolean""#, r#"{"number":5,"#, r#"{"number":5"#, r#"{"number":"#, r#"{"number""#,
        r#"{"numb"#, r#"{""#, r#"{"number":5,"boolean":true}}"#, r#"{"number":5,"boolean":true]"#,
        r#"{"number":5,"boolean":true,"":1}"#, r#"{"":1,"number":5,"boolean":true}"#, r#"{"number":5,"boolean":true,"x"}"#,
        r#"{"number":5,"boolean":true,"x":}"#, r#"{"number":5,"boolean":true,1:2}"#, r#"{"number":5,"boolean":true,null:2}"#,
        r#"{"number":5,"boolean":true,"x":1,}"#, r#"{"number":5,"boolean":true,"x":1 "y":2}"#,
        r#"{"number":5,"boolean":true}{"number":5,"boolean":true}"#,
    ] {
        add(body.as_bytes());
    }

    // Missing, duplicate and unknown fields.
    for body in [
        r#"{"number":5}"#, r#"{"boolean":true}"#, r#"{"x":1}"#, r#"{"number":5,"x":true}"#,
        r#"{"number":5,"number":6,"boolean":true}"#, r#"{"number":5,"boolean":true,"boolean":true}"#,
        r#"{"number":5,"boolean":true,"number":5}"#, r#"{"number":5,"\u006eumber":5,"boolean":true}"#,
        r#"{"x":1,"x":2,"number":5,"boolean":true}"#, r#"{"number":5,"boolean":true,"x":1,"x":{}}"#,
        r#"{"Number":5,"boolean":true}"#, r#"{"NUMBER":5,"BOOLEAN":true}"#, r#"{"number ":5,"boolean":true}"#,
        r#"{" number":5,"boolean":true}"#, r#"{"num":5,"boolean":true}"#, r#"{"numbers":5,"boolean":true}"#,
        r#"{"bool":true,"number":5}"#, r#"{"0":5,"1":true}"#, r#"{"number":5,"boolean":true,"0":1,"1":2}"#,
        r#"{"number":null,"boolean":true}"#, r#"{"number":5,"boolean":null}"#,
        r#"{"number":5,"boolean":true,"number":"x"}"#, r#"{"number":5,"number":5}"#,
    ] {
        add(body.as_bytes());
    }

    // Escapes in keys: the key is decoded, then matched; it must be valid Unicode.
    for key in [
        r#"\u006eumber"#, r#"\u006Eumber"#, r#"n\u0075mber"#, r#"numbe\u0072"#, r#"\u006e\u0075\u006d\u0062\u0065\u0072"#,
        r#"number\u0000"#, r#"\u0000number"#, r#"num\/ber"#, r#"\/number"#, r#"number\n"#, r#"\number"#,
        r#"numb\er"#, r#"\u006"#, r#"\u006g"#, r#"\U006eumber"#, r#"\x6eumber"#, r#"\u00006eumber"#,
        r#"\ud83d\ude00"#, r#"\uD83D\uDE00"#, r#"\ud800"#, r#"\udc00"#, r#"\udfff"#, r#"\ud800\u0041"#,
        r#"\ud800\ud800"#, r#"\ud800x"#, r#"\ud800\n"#, r#"\udbff\udfff"#, r#"\ud800\udc00number"#,
        r#"\u00e9"#, r#"\uffff"#, r#"\ufffe"#, r#"\u0000"#, r#"\""#, r#"\\"#, r#"\/"#, r#"\b\f\n\r\t"#,
    ] {
        add(format!(r#"{{"{}":5,"boolean":true}}"#, key).as_bytes());
        add(format!(r#"{{"number":5,"boolean":true,"{}":1}}"#, key).as_bytes());
    }
    for key in [
        &b"\xc3\xa9"[..], b"\xff", b"\xfe", b"\x80", b"\xc3", b"\xc3\x28", b"\xc0\xaf", b"\xe0\x80\xaf",
        b"\xed\xa0\x80", b"\xed\xbf\xbf", b"\xf4\x8f\xbf\xbf", b"\xf4\x90\x80\x80", b"\xf8\x88\x80\x80\x80",
        b"\xef\xbf\xbf", b"\xe2\x82", b"\xf0\x9f\x98\x80", b"\x7f", b"\x01", b"\t", b"\x1f", b"\x00",
    ] {
        add(&[&b"{\"number\":5,\"boolean\":true,\""[..], key, b"\":1}"].concat());
        add(&[&b"{\"number\":5,\"boolean\":true,\"x\":{\""[..], key, b"\":1}}"].concat());
    }
    add("{\"number\":5,\"boolean\":true,\"\u{e9}\":\"\u{1f600}\"}".as_bytes());
    add("{\"n\u{fb}mber\":5,\"boolean\":true}".as_bytes());

    // The number field: u32 written as a plain integer, nothing else.
    let numbers = [
        "0", "1", "5", "42", "4294967295", "4294967296", "4294967294", "2147483647", "2147483648", "9223372036854775807",
        "9223372036854775808", "18446744073709551615", "18446744073709551616", "99999999999999999999999999",
        "00", "01", "007", "-0", "-1", "-4294967295", "-9223372036854775808", "-9223372036854775809", "5.0", "5.",
        "5.5", "0.0", "-0.0", "5e0", "5E0", "5e+0", "5e-0", "1e2", "1E2", "1e+2", "50e-1", "1e400", "1e-400", "-1e400",
        ".5", "+5", "+0", "0x5", "0b1", "5_000", "1 000", "Infinity", "-Infinity", "NaN", "-", "--5", "5-", "-+5",
        "05.0", "0e0", "0.e1", "1.e1", "1.0e", "1e", "1e+", "1e-", "1ee2", "1.2.3", "\"5\"", "\"\"", "true", "null",
        "[5]", "[]", "{}", "{\"n\":5}", "1/2", "٥", "\u{ff15}", "5\u{0}", "4294967295.0", "4294967295e0",
        "0.4294967295e10", "00000000000000000000000000000001", "1000000000000000000000000000000000000000",
    ];
    for number in numbers {
        add(format!(r#"{{"number":{},"boolean":true}}"#, number).as_bytes());
        add(format!(r#"{{"number": {} ,"boolean":true}}"#, number).as_bytes());
        add(format!(r#"[{},false]"#, number).as_bytes());
        add(format!(r#"{{"number":1,"boolean":false,"ignored":{}}}"#, number).as_bytes());
    }
    add(format!(r#"{{"number":{},"boolean":true}}"#, "1".repeat(400)).as_bytes());
    add(format!(r#"{{"number":1,"boolean":true,"x":{}}}"#, "9".repeat(400)).as_bytes());
    add(format!(r#"{{"number":1,"boolean":true,"x":0.{}e-99999}}"#, "9".repeat(400)).as_bytes());

    // The boolean field: true or false, nothing else.
    for value in [
        "true", "false", "True", "FALSE", "tru", "truee", "t", "f", "fals", "false0", "true1", "1", "0", "\"true\"",
        "null", "[true]", "{}", "yes", "on", "tRue", "true\u{0}",
    ] {
        add(format!(r#"{{"number":5,"boolean":{}}}"#, value).as_bytes());
        add(format!(r#"[5,{}]"#, value).as_bytes());
        add(format!(r#"{{"number":1,"boolean":false,"ignored":{}}}"#, value).as_bytes());
    }

    // The contents of an unknown field are checked as JSON but not as Unicode.
    for value in [
        r#""\ud800""#, r#""\udc00""#, r#""\ud800\u0041""#, r#""\u12""#, r#""\uZZZZ""#, r#""\x41""#, r#""\a""#,
        r#""\'""#, r#""\u00e9\n\t\/\\\"""#, r#""""#, r#""unterminated"#, r#""a"b""#, r#"'a'"#,
        r#"{"a":{"b":[1,2,{"c":null}]}}"#, r#"{"a" 1}"#, r#"{"a":}"#, r#"{"a":1,}"#, r#"{,}"#, r#"{1:2}"#,
        r#"{"\ud800":1}"#, r#"[1,]"#, r#"[,1]"#, r#"[1 2]"#, r#"[1,,2]"#, r#"[}"#, r#"{]"#, r#"[[]]]"#, r#"[[]"#,
        r#"[true,false,null,-0,1.5e-7,"s",{},[]]"#, r#"nul"#, r#"NULL"#, r#"undefined"#, r#"tru"#, r#"-"#,
        r#"-01"#, r#"1.5e"#, r#"1e999999999999999999"#, r#"-1e-999999999"#, r#"0.000000000000000000000000001"#,
    ] {
        add(format!(r#"{{"number":1,"boolean":false,"x":{}}}"#, value).as_bytes());
        add(format!(r#"{{"x":{},"number":1,"boolean":false}}"#, value).as_bytes());
    }
    for raw in [
        &b"\xff"[..], b"\xc0\xaf", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xc3", b"\x80\x80", b"\x7f", b"\x00",
        b"\x1f", b"\t", b"\n", b"\r",
    ] {
        add(&[&b"{\"number\":1,\"boolean\":false,\"x\":\""[..], raw, b"\"}"].concat());
        add(&[&b"{\"number\":1,\"boolean\":false,\"x\":["[..], raw, b"]}"].concat());
        add(&[&b"{\"number\":1,\"boolean\":false,\""[..], raw, b"\":1}"].concat());
        add(&[&b"{\"number\":1,"[..], raw, b"\"boolean\":false}"].concat());
    }

    // Every byte: in an ignored string, as a key, before the body.
    for byte in 0..=255u8 {
        add(&[&b"{\"number\":2,\"boolean\":true,\"s\":\""[..], &[byte], b"\"}"].concat());
        add(&[&b"{\"number\":2,\"boolean\":true,\""[..], &[byte], b"\":0}"].concat());
        add(&[&[byte][..], VALID.as_bytes()].concat());
    }
    // Every escape letter in an ignored string.
    for letter in 0x20..=0x7eu8 {
        add(&[&b"{\"number\":3,\"boolean\":false,\"s\":\"\\"[..], &[letter], b"0000\"}"].concat());
    }

    // Nesting: serde_json skips unknown values without a depth limit; the fields themselves
    // are scalars.
    for depth in [1, 127, 128, 129, 1000, 5000] {
        let arrays = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        add(format!(r#"{{"number":5,"boolean":true,"deep":{}}}"#, arrays).as_bytes());
        let objects = format!("{}1{}", r#"{"a":"#.repeat(depth), "}".repeat(depth));
        add(format!(r#"{{"deep":{},"number":5,"boolean":true}}"#, objects).as_bytes());
    }
    add(format!(r#"{{"number":5,"boolean":true,"deep":{}{}}}"#, "[".repeat(500), "]".repeat(499)).as_bytes());
    add(format!(r#"{{"number":5,"boolean":true,"deep":{}{}}}"#, "[".repeat(500), "]".repeat(501)).as_bytes());
    add(format!(r#"{{"number":5,"boolean":true,"deep":{}1{}}}"#, "[{},".repeat(50), "]".repeat(50)).as_bytes());
    add(format!("{}5,true{}", "[".repeat(2), "]".repeat(2)).as_bytes());
    add(format!(r#"{{"number":{}5{},"boolean":true}}"#, "[".repeat(200), "]".repeat(200)).as_bytes());

    // Long strings and many fields.
    add(format!(r#"{{"number":5,"boolean":true,"s":"{}"}}"#, "a".repeat(5000)).as_bytes());
    add(format!(r#"{{"number":5,"boolean":true,"{}":1}}"#, "k".repeat(2000)).as_bytes());
    add(format!(r#"{{"number":5,"boolean":true,"s":"{}"}}"#, "\\u00e9".repeat(1000)).as_bytes());
    let many: Vec<String> = (0..500).map(|i| format!(r#""f{}":{}"#, i, i)).collect();
    add(format!(r#"{{{},"number":5,"boolean":true}}"#, many.join(",")).as_bytes());

    // Other encodings of the talk's body.
    add(&utf16(VALID, false));
    add(&utf16(VALID, true));
    add(&[&[0xff, 0xfe][..], &utf16(VALID, false)].concat());
    add(&[&[0xfe, 0xff][..], &utf16(VALID, true)].concat());
    add(&VALID.bytes().flat_map(|b| [b, 0, 0, 0]).collect::<Vec<u8>>());

    bodies
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    text.encode_utf16()
        .flat_map(|unit| if big_endian { unit.to_be_bytes() } else { unit.to_le_bytes() })
        .collect()
}
