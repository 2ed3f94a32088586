extension Double {
    /// Rounded to hundredths of a point: finer than any layout decision, and short in JSON.
    var hundredths: Double { (self * 100).rounded() / 100 }
}
