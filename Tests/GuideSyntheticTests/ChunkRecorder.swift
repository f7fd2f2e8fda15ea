/// Records how the generator writes: how many chunks, the largest one, and the text.
struct ChunkRecorder: TextOutputStream {
    var text = ""
    var chunks = 0
    var largest = 0

    mutating func write(_ string: String) {
        chunks += 1
        largest = max(largest, string.utf8.count)
        text += string
    }
}
