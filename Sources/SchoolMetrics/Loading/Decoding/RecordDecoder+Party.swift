extension RecordDecoder {
    static let partyFields = ["members", "probationary", "women", "classification", "reportedPercent", "cellRating"]

    mutating func decodeParty(_ node: Node) -> Party? {
        guard !node.isMissing, let members = reader.object(node, "party") else { return nil }
        let fields = reader.fields(members, known: Self.partyFields, "party")
        var party = Party()
        party.members = reader.count(fields["members"], "party.members")
        party.probationary = reader.count(fields["probationary"], "party.probationary")
        party.women = reader.count(fields["women"], "party.women")
        party.cellRating = reader.text(fields["cellRating"], "party.cellRating")
        party.classification = fields["classification"].flatMap {
            decodeCategoryValues($0, scheme: .partyClassification, path: "party.classification") { reader, node, path in reader.count(node, path) }
        }
        party.reportedPercent = fields["reportedPercent"].flatMap {
            decodeCategoryValues($0, scheme: .partyClassification, path: "party.reportedPercent") { reader, node, path in reader.percent(node, path) }
        }
        if let classified = party.classified, let total = party.members, classified > total {
            reader.report(.classificationExceedsMembers(classified: classified, members: total),
                          at: fields["classification"]!.offset, field: "party.classification")
        }
        if let probationary = party.probationary, let total = party.members, probationary > total {
            reader.report(.probationaryExceedsMembers(probationary: probationary, members: total),
                          at: fields["probationary"]!.offset, field: "party.probationary")
        }
        return party
    }
}
