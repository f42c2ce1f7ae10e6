import Foundation

/// Short, readable descriptions of JSON decoding errors.
public enum JSONErrorText {
    /// What went wrong, and where in the JSON.
    public static func describe(_ error: Error) -> String {
        guard let decoding = error as? DecodingError else { return FoundationErrorText.describe(error) }
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return keys.isEmpty ? "" : " at \(keys)"
        }
        switch decoding {
        case .dataCorrupted(let context):
            let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return "invalid JSON\(path(context))" + (underlying.map { " (\($0))" } ?? "")
        case .keyNotFound(let key, let context): return "missing field \"\(key.stringValue)\"\(path(context))"
        case .typeMismatch(let type, let context) where type == WholeNumber.self:
            return "the number\(path(context)) must be a whole number (up to \(Int.max))"
        case .typeMismatch(let type, let context): return "wrong type of value\(path(context)) (expected \(expected(type)))"
        case .valueNotFound(_, let context): return "missing value\(path(context))"
        @unknown default: return "invalid JSON"
        }
    }

    /// The JSON a Swift type is decoded from: "an object", "an array", "a string"….
    private static func expected(_ type: Any.Type) -> String {
        let name = String(describing: type)
        if name.hasPrefix("Dictionary") { return "an object" }
        if name.hasPrefix("Array") { return "an array" }
        if name.hasPrefix("String") { return "a string" }
        if name.hasPrefix("Bool") { return "true or false" }
        if ["Int", "UInt"].contains(where: name.hasPrefix) { return "a whole number" }
        if ["Double", "Float"].contains(where: name.hasPrefix) { return "a number" }
        return "a value of another kind"
    }
}
