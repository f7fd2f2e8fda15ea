/// The public dataset fair files come from: credited wherever its data is shown (its licence puts
/// the fair data in the public domain; the credit is the dataset's request and good practice).
public enum FairSource {
    public static let datasetName = "Arms & Security Fair Exhibitor Data (Campaign Against Arms Trade and Omega Research Foundation)"
    public static let datasetURL = "https://github.com/caatdata/arms-and-security-fair-exhibitors"
}
