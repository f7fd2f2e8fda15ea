@testable import GuideFairs
import Testing

/// Categories of different fairs are one category when their names differ only in case,
/// punctuation, "&"/"and" or plural endings; other names stay apart.
struct CategoryNameKeyTests {
    @Test(arguments: [
        ("Radars", "RADAR"),
        ("Armoured Vehicles", "armoured vehicle"),
        ("Accessories", "Accessory"),
        ("Weapons & Ammunition", "Weapons and Ammunition"),
        ("Weapons & Ammunition", "weapon ammunition"),
        ("Night-Vision Systems", "Night vision system"),
        ("Switches", "switch"),
        ("Boxes", "Box"),
        ("Glasses", "glass"),
        ("Électronique", "electronique"),
        ("C4ISR", "c4isr"),
    ])
    func spellingsOfOneCategory(_ a: String, _ b: String) {
        #expect(CategoryNameKey.key(a) == CategoryNameKey.key(b))
    }

    @Test(arguments: [
        ("C4ISR", "C4ISR & Command Systems"),
        ("Radar", "Radio"),
        ("Gas", "Ga"),
        ("Campus", "Campu"),
        ("Analysis", "Analysi"),
        ("Land", "Air"),
        ("Optics", "Optical"),
    ])
    func differentCategories(_ a: String, _ b: String) {
        #expect(CategoryNameKey.key(a) != CategoryNameKey.key(b))
    }
}
