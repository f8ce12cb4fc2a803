import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A real HTTP/1.1 server on 127.0.0.1 and a free port, in this process, for the fetch tests: each connection is
/// answered on its own thread from a route table, then closed.
final class LoopbackServer: @unchecked Sendable {
    /// A request as the routes see it.
    struct Request: Sendable {
        let method: String
        let path: String
        /// Header names lower-cased.
        let headers: [String: String]
    }

    /// An answer: status, headers, body, and delays that make a slow server.
    struct Response: Sendable {
        var status: Int = 200
        var headers: [(String, String)] = [("Content-Type", "text/html; charset=utf-8")]
        var body: [UInt8] = []
        /// Seconds to wait before answering at all.
        var delay: Double = 0
        /// Whether to send Content-Length (else the body ends when the connection closes).
        var contentLength = true

        static func redirect(_ location: String, status: Int = 302) -> Response {
            Response(status: status, headers: [("Location", location)], body: [])
        }
    }

    let port: UInt16
    private let listener: Int32
    private let routes: @Sendable (Request) -> Response

    init(routes: @escaping @Sendable (Request) -> Response) throws {
        self.routes = routes
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 64) == 0 else { throw POSIXError(.EADDRINUSE) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        listener = fd
        port = UInt16(bigEndian: address.sin_port)
        Thread.detachNewThread { [self] in
            while true {
                let client = accept(fd, nil, nil)
                if client < 0 { return }
                Thread.detachNewThread { self.serve(client) }
            }
        }
    }

    /// The address of a path on this server.
    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// Stops accepting connections.
    func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    private func serve(_ client: Int32) {
        defer { close(client) }
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !data.ends(with: "\r\n\r\n"), data.count < 65536 {
            let n = recv(client, &buffer, buffer.count, 0)
            if n <= 0 { return }
            data += buffer[0..<n]
        }
        let lines = String(decoding: data, as: UTF8.self).components(separatedBy: "\r\n")
        let requestLine = lines[0].split(separator: " ")
        guard requestLine.count >= 2 else { return }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() where line.contains(":") {
            let parts = line.split(separator: ":", maxSplits: 1)
            headers[parts[0].lowercased()] = parts[1].trimmingCharacters(in: .whitespaces)
        }
        let response = routes(Request(method: String(requestLine[0]), path: String(requestLine[1]), headers: headers))
        if response.delay > 0 { Thread.sleep(forTimeInterval: response.delay) }
        var head = "HTTP/1.1 \(response.status) Status\r\nConnection: close\r\n"
        for (name, value) in response.headers { head += "\(name): \(value)\r\n" }
        if response.contentLength { head += "Content-Length: \(response.body.count)\r\n" }
        let bytes = Array((head + "\r\n").utf8) + response.body
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBufferPointer { send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n <= 0 { return }
            sent += n
        }
    }
}

extension Array where Element == UInt8 {
    fileprivate func ends(with text: String) -> Bool {
        let suffix = Array(text.utf8)
        return count >= suffix.count && Array(self[(count - suffix.count)...]) == suffix
    }
}
