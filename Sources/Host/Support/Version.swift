/// The version of taizhang, printed by `taizhang --version`.
public let taizhangVersion = "0.1.0"
