// The talk's Data: serde derives the JSON rules from the struct. `number` is a u32, so -1,
// 4294967296, 5.0 and "5" are refused; both fields are required; unknown fields are ignored.
// Cargo.toml: [dependencies]
//   serde = { version = "1", features = ["derive"] }
//   serde_json = "1"
use serde::{Deserialize, Serialize};

#[derive(Debug, Serialize, Deserialize)]
struct Data {
    number: u32,
    boolean: bool,
}

fn main() {
    for body in [
        r#"{"number": 5, "boolean": true}"#,
        r#"{"number": 4294967296, "boolean": true}"#,
        r#"{"number": "5", "boolean": true}"#,
        r#"{"number": 5}"#,
        r#"{"number": 5, "boolean": true, "extra": [1, 2]}"#,
    ] {
        match serde_json::from_str::<Data>(body) {
            Ok(data) => println!("{body} -> {data:?}"),
            Err(e) => println!("{body} -> refused: {e}"),
        }
    }
    let json = serde_json::to_string(&Data { number: 5, boolean: true }).expect("a Data is always JSON");
    println!("{json}");
}
