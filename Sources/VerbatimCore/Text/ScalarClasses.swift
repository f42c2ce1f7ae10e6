/// Character classes on Unicode scalars, for the scanners that work below `Character`.
extension Unicode.Scalar {
    var isLetter: Bool {
        if isASCII { return (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value) }
        return properties.isAlphabetic
    }

    var isDigit: Bool { (0x30...0x39).contains(value) }

    var isLetterOrDigit: Bool { isLetter || isDigit }

    /// A mark that combines with the scalar before it: an accent, a vowel sign.
    var isCombiningMark: Bool {
        guard value >= 0x300 else { return false }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    var isUppercaseLetter: Bool {
        if isASCII { return (0x41...0x5A).contains(value) }
        return properties.isUppercase
    }

    /// Spaces, tabs, line breaks and the no-break space.
    var isSpace: Bool {
        switch value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0: true
        default: value > 0x7F && properties.isWhitespace
        }
    }

    var isLineBreak: Bool { value == 0x0A || value == 0x0D || value == 0x2028 || value == 0x2029 }

    /// Whether the scalar ends a line as `Character.isNewline` says: also vertical tab, form
    /// feed and next line.
    var isNewline: Bool { (0x0A...0x0D).contains(value) || value == 0x85 || value == 0x2028 || value == 0x2029 }

    /// An apostrophe that can sit inside a word: ' and ’.
    var isApostrophe: Bool { value == 0x27 || value == 0x2019 }

    /// Dashes used as punctuation: - – — ―.
    var isDash: Bool { value == 0x2D || value == 0x2013 || value == 0x2014 || value == 0x2015 }

    /// Marks that end a sentence.
    var isSentenceEnd: Bool { value == 0x2E || value == 0x21 || value == 0x3F }

    /// , ? or !: how quoted words end when their reporting clause follows them (“…,” he said,
    /// “…?” she asked), where a stop would end the sentence.
    var leadsIntoReportingClause: Bool { value == 0x2C || value == 0x3F || value == 0x21 }

    /// Brackets that open: ( [ {.
    var isOpeningBracket: Bool { value == 0x28 || value == 0x5B || value == 0x7B }
}
