// Futures do nothing until awaited. Awaiting one after the other adds the times up (1, 1, 2, 2:
// 8 s); tokio::join! polls both at once, so the total is the longest (1, 2, 2, 1: 5 s).
// Cargo.toml: [dependencies] tokio = { version = "1", features = ["full"] }
use std::time::{Duration, Instant};
use tokio::time::sleep;

async fn task(number: u32, seconds: u64) {
    println!("task {number} started");
    sleep(Duration::from_secs(seconds)).await; // yields: the thread is free meanwhile
    println!("task {number} finished");
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    task(1, 5).await;
    task(2, 3).await;
    println!("one after the other: {:?}", start.elapsed());

    let start = Instant::now();
    tokio::join!(task(1, 5), task(2, 3));
    println!("joined: {:?}", start.elapsed());
}
