// Errors are values in Rust: a function that can fail returns Result<T, E>. `?` hands an Err to
// the caller at once; `match` makes the caller decide what each case means. Nothing is thrown.
use std::io::{self, BufRead, BufReader, Write};
use std::net::TcpStream;
use std::time::Duration;

fn ask(address: &str, question: &str) -> io::Result<String> {
    let mut stream = TcpStream::connect(address)?; // an Err returns from ask here
    stream.set_read_timeout(Some(Duration::from_secs(5)))?;
    writeln!(stream, "{question}")?;
    let mut answer = String::new();
    BufReader::new(stream).read_line(&mut answer)?;
    Ok(answer)
}

fn main() {
    match ask("127.0.0.1:1", "hello") {
        Ok(answer) => println!("answer: {answer}"),
        Err(e) if e.kind() == io::ErrorKind::ConnectionRefused => println!("nobody listens there: {e}"),
        Err(e) => println!("failed: {e}"),
    }
    let number: Result<u32, _> = "4294967296".parse();
    println!("{number:?}"); // Err(ParseIntError { kind: PosOverflow })
}
