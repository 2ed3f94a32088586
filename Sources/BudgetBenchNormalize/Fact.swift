/// A headline figure of a report, with the sentence (or table cell) it was read from.
public struct Fact: Sendable, Codable, Equatable {
    /// What a fact states (docs/model.md lists them with their units).
    public enum Key: String, Sendable, Codable, CaseIterable {
        case totalIncome = "total_income", totalExpenditure = "total_expenditure"
        case basicExpenditure = "basic_expenditure", projectExpenditure = "project_expenditure"
        case personnelExpenditure = "personnel_expenditure", publicExpenditure = "public_expenditure"
        case sangongTotal = "sangong_total", sangongOverseas = "sangong_overseas", sangongVehicles = "sangong_vehicles"
        case sangongVehiclePurchase = "sangong_vehicle_purchase", sangongVehicleRunning = "sangong_vehicle_running"
        case sangongReception = "sangong_reception"
        case administrativeOperation = "administrative_operation", governmentProcurement = "government_procurement"
        case stateAssets = "state_assets"
        /// Vehicles the unit holds and those it buys, and its equipment above the price threshold
        /// its report names (单价100万元以上设备) held and bought: counts, from the 国有资产 section.
        case vehicles, vehiclePurchases = "vehicle_purchases", largeEquipment = "large_equipment"
        case largeEquipmentPurchases = "large_equipment_purchases"
        case staffAuthorized = "staff_authorized", staffActual = "staff_actual"
        case executionRate = "execution_rate", paymentsCount = "payments_count", paymentsAmount = "payments_amount"
        case evaluationScore = "evaluation_score", evaluationGrade = "evaluation_grade"
    }

    /// A level (`基本支出 7666.68 万元`) or a change from the year before (`增加基本支出 844.15 万元`).
    public enum Quantity: String, Sendable, Codable {
        case level, change
    }

    /// Where a fact was read: a sentence, a table cell printing it, or the Σ 类 of a classified table.
    public enum Origin: String, Sendable, Codable {
        case narrative, printedCell = "printed_cell", classSum = "class_sum"
    }

    public var key: Key
    /// Exact, without thousands separators, in `unit`: money in 万元 (元 and 亿元 converted),
    /// people in 人, a grade as printed (`优`).
    public var value: String
    public var unit: String
    public var quantity: Quantity
    /// The funds the figure covers, where its words or table say (全口径 where they name no part).
    public var funds: Amount.Funds?
    /// Plan or outcome, from its words (预算 / 决算 / 执行) or the report's kind.
    public var basis: Amount.Basis?
    /// Whether a table of the same report prints the same figure (verified) or another (contradicted).
    public var verification: Amount.Verification
    public var origin: Origin
    /// The sentence, or the table and cell.
    public var source: String
    public var page: Int

    public init(key: Key, value: String, unit: String, quantity: Quantity = .level, funds: Amount.Funds? = nil,
                basis: Amount.Basis? = nil, verification: Amount.Verification = .unchecked, origin: Origin = .narrative, source: String,
                page: Int) {
        self.key = key
        self.value = value
        self.unit = unit
        self.quantity = quantity
        self.funds = funds
        self.basis = basis
        self.verification = verification
        self.origin = origin
        self.source = source
        self.page = page
    }
}
