import CLibXML2

/// Finds the article body of a page: the element whose paragraphs hold the most prose (scored
/// as Readability does: text length and commas, carried to the parent and grandparent, weighed
/// by class names and discounted by link text), with its siblings that continue the article,
/// then the text of its blocks, leaving out link lists and page furniture.
struct ArticleBodyExtractor {
    let tree: HTMLTree

    /// The body's lines (a paragraph, heading or embedded post each), and its embedded posts by line.
    func body() -> (lines: [String], posts: [Int: EmbeddedPost]) {
        let roots = articleRoots()
        var writer = BlockWriter()
        for root in roots { write(root, into: &writer) }
        writer.flush()
        return (writer.lines, writer.posts)
    }

    // MARK: Choosing the body

    private func articleRoots() -> [Int] {
        let count = tree.nodes.count
        var scores = [Double](repeating: 0, count: count)
        var touched = [Bool](repeating: false, count: count)
        func touch(_ index: Int) {
            guard !touched[index] else { return }
            touched[index] = true
            scores[index] = baseScore(index)
        }
        for index in 0..<count where !tree.removed[index] && isParagraph(index) {
            let length = Int(paragraphLength(index))
            guard length >= 25 else { continue }
            // Text straight inside a div is often several paragraphs split by <br>.
            let isTextBlock = [.p, .pre, .td, .blockquote].contains(tree.tags[index])
            let score = 1 + Double(tree.commas[index]) + (isTextBlock ? min(Double(length) / 100, 3) : Double(length) / 100)
            let parent = Int(tree.parents[index])
            guard parent >= 0 else { continue }
            touch(parent)
            scores[parent] += score
            let grandparent = Int(tree.parents[parent])
            if grandparent >= 0 {
                touch(grandparent)
                scores[grandparent] += score / 2
            }
        }
        var best = -1
        var bestScore = 0.0
        for index in 0..<count where touched[index] && !tree.removed[index] {
            scores[index] *= 1 - linkDensity(index)
            if scores[index] > bestScore {
                bestScore = scores[index]
                best = index
            }
        }
        guard best >= 0 else { return bodyIndex().map { [$0] } ?? [] }
        best = onlyChildContainer(of: commonContainer(of: best, scores: scores, touched: touched, bestScore: bestScore))
        bestScore = max(bestScore, scores[best])
        let parent = Int(tree.parents[best])
        guard parent >= 0 else { return [best] }
        // Siblings that carry on the article: well scored, or prose paragraphs.
        let threshold = max(10, bestScore * 0.2)
        return (0..<count).filter { index in
            guard Int(tree.parents[index]) == parent, !tree.removed[index] else { return false }
            if index == best { return true }
            if touched[index], scores[index] >= threshold { return true }
            guard tree.tags[index] == .p else { return false }
            let length = tree.textBytes[index], density = linkDensity(index)
            return length > 80 && density < 0.25
        }
    }

    private func bodyIndex() -> Int? { tree.tags.firstIndex(of: .body) }

    /// An article split into sections scores each section apart: when three or more other
    /// elements score nearly as well as the best, their nearest common container is the body.
    private func commonContainer(of best: Int, scores: [Double], touched: [Bool], bestScore: Double) -> Int {
        let isRival = scores.indices.map { $0 != best && touched[$0] && !tree.removed[$0] && scores[$0] >= 0.75 * bestScore }
        guard isRival.count(where: { $0 }) >= 3 else { return best }
        // Rivals inside each element, summed child to parent (parents come first in document order).
        var rivalsWithin = isRival.map { Int32($0 ? 1 : 0) }
        for index in scores.indices.reversed() where tree.parents[index] >= 0 {
            rivalsWithin[Int(tree.parents[index])] += rivalsWithin[index]
        }
        var ancestor = Int(tree.parents[best])
        while ancestor >= 0, tree.tags[ancestor] != .body {
            if rivalsWithin[ancestor] - (isRival[ancestor] ? 1 : 0) >= 3 { return ancestor }
            ancestor = Int(tree.parents[ancestor])
        }
        return best
    }

    /// A body wrapped alone in other elements is the outermost wrapper, so that the siblings
    /// continuing the article are found beside it rather than beside the innermost one.
    private func onlyChildContainer(of best: Int) -> Int {
        var container = best
        while case let parent = Int(tree.parents[container]), parent >= 0, tree.tags[parent] != .body,
              xmlChildElementCount(tree.nodes[parent]) == 1 {
            container = parent
        }
        return container
    }

    private func isParagraph(_ index: Int) -> Bool {
        switch tree.tags[index] {
        case .p, .pre, .td, .blockquote: true
        case .div, .section, .article, .li, .dd: tree.ownTextBytes[index] >= 25
        default: false
        }
    }

    private func paragraphLength(_ index: Int) -> Int32 {
        switch tree.tags[index] {
        case .p, .pre, .td, .blockquote: tree.textBytes[index]
        default: tree.ownTextBytes[index]
        }
    }

    private func baseScore(_ index: Int) -> Double {
        let tag: Double = switch tree.tags[index] {
        case .div, .article, .main, .section: 5
        case .pre, .td, .blockquote: 3
        case .address, .ol, .ul, .dl, .dd, .dt, .li: -3
        case .h1, .h2, .h3, .h4, .h5, .h6, .th: -5
        default: 0
        }
        return tag + 25 * Double(tree.classWeights[index])
    }

    private func linkDensity(_ index: Int) -> Double {
        let text = tree.textBytes[index]
        return text == 0 ? 0 : Double(tree.linkBytes[index]) / Double(text)
    }

    // MARK: Writing the text

    /// Writes the text under element `root` in document order, a line per block.
    private func write(_ root: Int, into writer: inout BlockWriter) {
        let rootText = tree.textBytes[root]
        // Entries: a node to visit, or the end of a block to close.
        var stack: [(node: xmlNodePtr?, inLink: Bool)] = [(tree.nodes[root], false)]
        while let (entry, inLink) = stack.popLast() {
            guard let node = entry else {
                writer.flush()
                continue
            }
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content { writer.append(content, isLink: inLink) }
            case XML_ELEMENT_NODE:
                guard let index = HTMLTree.index(of: node) else { continue }
                let tag = tree.tags[index]
                if tag == .br {
                    writer.flush()
                    continue
                }
                // Furniture inside the body (share bars, related links), unless it holds most of it.
                if tree.removed[index] || tag == .h1
                    || (index != root && tree.classWeights[index] < 0 && tree.textBytes[index] * 2 < rootText) {
                    continue
                }
                if tag == .blockquote, EmbeddedPost.isPost(node), let post = EmbeddedPost(node) {
                    writer.write(post)
                    continue
                }
                if tag.isBlock {
                    writer.flush()
                    stack.append((nil, false))
                }
                var child = HTMLTree.lastChild(of: node)
                while let current = child {
                    stack.append((current, inLink || tag == .a))
                    child = current.pointee.prev
                }
            default:
                continue
            }
        }
        writer.flush()
    }
}
