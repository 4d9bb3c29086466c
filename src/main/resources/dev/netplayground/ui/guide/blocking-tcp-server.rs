// The talk's blocking TCP server: std::net, one client at a time on the main thread. A second
// client connects (the kernel queues it) but is not read until the first one leaves.
use std::io::{self, BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};

fn handle_client(stream: TcpStream) -> io::Result<()> {
    let peer = stream.peer_addr()?;
    let mut writer = stream.try_clone()?;
    for line in BufReader::new(stream).lines() {
        let line = line?;
        println!("{peer}: {line}");
        writeln!(writer, "{line}")?; // echo it back
    }
    println!("{peer} left");
    Ok(())
}

fn main() -> io::Result<()> {
    let listener = TcpListener::bind("127.0.0.1:8080")?;
    for stream in listener.incoming() {
        // Blocks until this client leaves: the next one waits its turn.
        if let Err(e) = handle_client(stream?) {
            eprintln!("client failed: {e}");
        }
    }
    Ok(())
}
