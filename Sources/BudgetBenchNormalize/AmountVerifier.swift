/// Marks every amount with the identities it takes part in and what they say about it: verified
/// when one holds, contradicted when all fail, unchecked when none applies (docs/model.md).
struct AmountVerifier: Sendable {
    func verify(_ amounts: inout [Amount], by checks: [IdentityCheck]) {
        for check in checks {
            for member in check.members {
                amounts[member].identities.append(IdentityResult(kind: check.kind, held: check.held))
            }
        }
        for index in amounts.indices {
            let identities = amounts[index].identities
            amounts[index].verification = identities.isEmpty ? .unchecked : (identities.contains(where: \.held) ? .verified : .contradicted)
        }
    }
}
