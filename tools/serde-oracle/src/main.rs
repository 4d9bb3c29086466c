//! Asks the real crates what the talk's warp server accepts, and prints their verdicts as
//! the fixtures the Java tests replay over HTTP:
//!
//! - `serde-oracle data`: for every body of the corpus, `serde_json::from_slice::<Data>`'s
//!   verdict (200 with the `{:?}` text, or 400 with serde's error).
//! - `serde-oracle content-type`: for every Content-Type value of the corpus, whether
//!   warp 0.3's `body::json()` lets the request through (200) or refuses it (415).

mod bodies;
mod content_types;
mod mutate;

use serde::Deserialize;
use std::collections::HashSet;
use std::io::{self, BufWriter, Write};

/// The talk's struct, with serde's default attributes (unknown fields are ignored).
#[derive(Deserialize, Debug)]
#[allow(dead_code)]
struct Data {
    number: u32,
    boolean: bool,
}

fn main() -> io::Result<()> {
    let out = &mut BufWriter::new(io::stdout().lock());
    match std::env::args().nth(1).as_deref() {
        Some("data") => print_data_verdicts(out),
        Some("content-type") => print_content_type_verdicts(out),
        _ => {
            eprintln!("usage: serde-oracle data|content-type");
            std::process::exit(2);
        }
    }?;
    out.flush()
}

fn print_data_verdicts(out: &mut impl Write) -> io::Result<()> {
    writeln!(out, "# serde_json::from_slice::<Data> on each body; Data is #[derive(Deserialize, Debug)]")?;
    writeln!(out, "# struct Data {{ number: u32, boolean: bool }}. Written by tools/serde-oracle/regenerate.sh.")?;
    writeln!(out, "# status<TAB>body as hex<TAB>Debug text (200) or serde's error (400)<TAB>body, escaped and cut")?;
    for body in unique(bodies::hand_written().into_iter().chain(mutate::bodies())) {
        let (status, text) = match serde_json::from_slice::<Data>(&body) {
            Ok(data) => (200, format!("{:?}", data)),
            Err(error) => (400, error.to_string().escape_debug().to_string()),
        };
        writeln!(out, "{}\t{}\t{}\t{}", status, hex(&body), text, shown(&body))?;
    }
    Ok(())
}

fn print_content_type_verdicts(out: &mut impl Write) -> io::Result<()> {
    writeln!(out, "# warp 0.3 body::json()'s check of a present Content-Type: http's HeaderValue::to_str,")?;
    writeln!(out, "# then mime's parser, then type and subtype equal to application/json.")?;
    writeln!(out, "# Written by tools/serde-oracle/regenerate.sh.")?;
    writeln!(out, "# status<TAB>value as hex<TAB>what mime made of it<TAB>value, escaped")?;
    let values = content_types::hand_written().into_iter().chain(mutate::content_types());
    for value in unique(values) {
        assert!(mutate::is_trimmed_field_value(&value), "not a field value hyper would pass on: {:?}", value);
        let header = http::HeaderValue::from_bytes(&value).expect("a valid field value");
        let parsed = header.to_str().map_err(|e| e.to_string()).and_then(|s| {
            s.parse::<mime::Mime>().map_err(|e| format!("mime: {}", e))
        });
        let (status, note) = match parsed {
            Ok(m) if m.type_() == mime::APPLICATION && m.subtype() == mime::JSON => (200, format!("{}", m)),
            Ok(m) => (415, format!("{} / {}", m.type_(), m.subtype())),
            Err(error) => (415, error),
        };
        writeln!(out, "{}\t{}\t{}\t{}", status, hex(&value), note.escape_debug(), shown(&value))?;
    }
    Ok(())
}

/// In corpus order, each body once.
fn unique(items: impl Iterator<Item = Vec<u8>>) -> Vec<Vec<u8>> {
    let mut seen = HashSet::new();
    items.filter(|item| seen.insert(item.clone())).collect()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{:02x}", b)).collect()
}

/// The bytes as escaped ASCII for a person reading the fixture, cut after 100 bytes.
fn shown(bytes: &[u8]) -> String {
    let cut = &bytes[..bytes.len().min(100)];
    let more = if bytes.len() > cut.len() { format!("... ({} bytes)", bytes.len()) } else { String::new() };
    format!("{}{}", cut.escape_ascii(), more)
}
