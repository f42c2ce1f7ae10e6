/// One named step of quote extraction: reads what earlier stages found and adds to it.
public protocol ExtractionStage: Sendable {
    /// A short name, shown when listing the pipeline.
    var name: String { get }
    func process(_ document: inout Document)
}
