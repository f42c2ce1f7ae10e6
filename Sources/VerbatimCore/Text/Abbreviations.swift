/// Words whose trailing dot belongs to the word and does not end a sentence.
enum Abbreviations {
    static let known: WordSet = [
        "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "maj",
        "adm", "cmdr", "prof", "rev", "st", "jr", "sr", "pres", "atty", "supt", "insp", "amb",
        "sept", "sep", "jan", "feb", "mar", "apr", "aug", "oct", "nov", "dec", "vs", "inc",
        "corp", "co", "ltd", "mt", "ft", "hon",
    ]

    static func isAbbreviation(_ text: ScalarText, _ range: Range<Int>) -> Bool {
        guard range.count <= 5 else { return false }
        var word = ""
        for offset in range { word.unicodeScalars.append(text[offset]) }
        return known.contains(word.lowercased())
    }
}
