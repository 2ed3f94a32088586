/// What the parent asks a worker process, one JSON line on the worker's standard input.
struct WorkerRequest: Codable {
    var path: String
}

/// What a worker answers, one JSON line on its standard output.
enum WorkerReply: Codable {
    case parsed(StorableReport)
    case failed(reason: String, page: Int?)
}
