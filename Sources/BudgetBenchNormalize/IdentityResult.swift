/// One identity an amount takes part in, and whether it held for the printed figures.
public struct IdentityResult: Sendable, Codable, Equatable {
    /// The identities a budget carries by construction.
    public enum Kind: String, Sendable, Codable {
        /// 类 = Σ款, 款 = Σ项 in one column.
        case parentIsSumOfChildren
        /// A row's total = basic + project.
        case totalIsBasicPlusProject
        /// A row's basic (or the total of a 基本支出 table) = personnel + public.
        case basicIsPersonnelPlusPublic
        /// A table's 合计 = Σ 类 (or a side's 人员经费合计 / 公用经费合计 = Σ 类 of that side).
        case totalIsSumOfClasses
        /// The same code, measure and basis printed with the same figure in another table of the same scope.
        case sameInAnotherTable
        /// The narrative states the same figure.
        case statedInNarrative
    }

    public var kind: Kind
    public var held: Bool

    public init(kind: Kind, held: Bool) {
        self.kind = kind
        self.held = held
    }
}
