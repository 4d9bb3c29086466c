// The talk's HTTP server, with warp: POST /data takes a JSON Data and answers with its Debug
// form. warp::body::json() turns a body that is not a Data into a 400 rejection, not a crash.
// (Debian does not package warp: the runnable server that "Copy as" writes uses hyper 0.14.)
// Cargo.toml: [dependencies]
//   warp = "0.3"
//   tokio = { version = "1", features = ["full"] }
//   serde = { version = "1", features = ["derive"] }
use serde::Deserialize;
use warp::Filter;

#[derive(Debug, Deserialize)]
struct Data {
    number: u32,
    boolean: bool,
}

#[tokio::main]
async fn main() {
    let data = warp::post()
        .and(warp::path("data"))
        .and(warp::path::end())
        .and(warp::body::json())
        .map(|data: Data| format!("Received: {data:?}"));
    warp::serve(data).run(([127, 0, 0, 1], 3030)).await;
}
