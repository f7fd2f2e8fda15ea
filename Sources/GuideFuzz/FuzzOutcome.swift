/// What one input did to a target. A crash is not an outcome: it ends the process, and the
/// input is left on disk by whoever runs the target (`MutationCampaign`, libFuzzer).
public enum FuzzOutcome: Sendable, Equatable {
    /// The input was read and everything built on it worked.
    case accepted
    /// The input was refused with a message that names the file; the message is kept.
    case refused(String)
    /// Something that must hold did not (a refusal without a file name, a plan that does not read
    /// back what was written, a converted fair that does not validate).
    case failure(String)
}
