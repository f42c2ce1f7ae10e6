import Foundation

/// JSON read without a fixed schema (JSONSerialization), for files whose records keep any fields.
public enum LooseJSON {
    /// `data` parsed as a `T`; errors name `file`, and call it not `expected` when it is JSON of
    /// another shape.
    public static func parse<T>(_ data: Data, as type: T.Type, file: String, expected: String) throws -> T {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw LoadError(file: file, reason: "is not JSON (\(JSONErrorText.describe(error)))")
        }
        guard let value = object as? T else { throw LoadError(file: file, reason: "is not \(expected)") }
        return value
    }
}
