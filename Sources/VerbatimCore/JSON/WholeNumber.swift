/// A whole number read from JSON, for fields where a fraction (`2.5`) or a number past
/// `Int`'s range (`1e19`, `1e400`) must be an error naming the field: decoded as a plain
/// `Int`, those are reported as "invalid JSON", nowhere in particular.
public struct WholeNumber: Decodable, Hashable, Sendable {
    public var value: Int

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        do {
            value = try container.decode(Int.self)
        } catch let error as DecodingError {
            throw error  // not a number at all: a string, null…, already named by path
        } catch {
            // A number an Int cannot hold; the decoder's own error names no place.
            throw DecodingError.typeMismatch(WholeNumber.self, DecodingError.Context(
                codingPath: decoder.codingPath, debugDescription: "a number that is not a whole number an Int holds"))
        }
    }
}
