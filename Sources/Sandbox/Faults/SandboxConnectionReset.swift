/// Thrown from a response body on purpose: the server closes the connection mid-answer,
/// as a crashed upstream or a dropped proxy would.
struct SandboxConnectionReset: Error {}
