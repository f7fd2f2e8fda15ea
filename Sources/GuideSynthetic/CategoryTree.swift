/// The category tree (nine sectors, each with three to five sub-categories) and, for every
/// sub-category, the product types an exhibitor in it shows and phrases that describe them.
/// Exhibitors and products point at sub-categories, so facet counts exercise the "counted in its
/// parents too" rule.
enum CategoryTree {
    struct Sector {
        let id: String
        let name: String
        /// Security sectors belong to the co-located security show.
        let isSecurity: Bool
        let children: [Leaf]
    }

    struct Leaf {
        let id: String
        let name: String
        let productTypes: [String]
        /// Description phrases that fit every product type of the leaf ("a 640×512 sensor").
        let features: [String]
    }

    static let sectors: [Sector] = [
        Sector(id: "land", name: "Land systems", isSecurity: false, children: [
            Leaf(id: "armoured-vehicles", name: "Armoured vehicles",
                 productTypes: ["armoured personnel carrier", "mine-protected vehicle", "light tactical vehicle"],
                 features: ["6×6 drive", "STANAG level 2 protection", "a remote weapon station", "a 500 hp diesel engine"]),
            Leaf(id: "artillery", name: "Artillery and rockets",
                 productTypes: ["self-propelled howitzer", "multiple rocket launcher", "towed mortar"],
                 features: ["a 40 km range", "automatic loading", "digital fire control"]),
            Leaf(id: "small-arms", name: "Small arms", productTypes: ["sniper rifle", "assault rifle", "pistol", "machine gun"],
                 features: ["a free-floating barrel", "a polymer frame", "a Picatinny rail", "a folding stock"]),
            Leaf(id: "ammunition", name: "Ammunition and explosives",
                 productTypes: ["120 mm mortar bomb", "hand grenade", "7.62 mm cartridge", "demolition charge"],
                 features: ["insensitive munition filling", "a ten-year shelf life", "NATO-standard packaging"]),
            Leaf(id: "support-vehicles", name: "Engineering and support vehicles",
                 productTypes: ["recovery vehicle", "bridge layer", "fuel tanker"],
                 features: ["a 30-tonne winch", "an armoured cab", "all-terrain tyres"]),
        ]),
        Sector(id: "air", name: "Aircraft and aviation", isSecurity: false, children: [
            Leaf(id: "helicopters", name: "Helicopters", productTypes: ["light helicopter", "utility helicopter"],
                 features: ["a glass cockpit", "twin-engine redundancy", "night-flight capability"]),
            Leaf(id: "avionics", name: "Avionics", productTypes: ["flight display", "mission computer", "navigation unit"],
                 features: ["DO-178C certified software", "a sunlight-readable screen", "an open architecture"]),
            Leaf(id: "aircraft-maintenance", name: "Aircraft parts and maintenance",
                 productTypes: ["turbine overhaul service", "landing gear kit", "ground support unit"],
                 features: ["EASA Part 145 approval", "a 30-day turnaround", "on-site support"]),
        ]),
        Sector(id: "unmanned", name: "Unmanned systems", isSecurity: false, children: [
            Leaf(id: "uav", name: "Unmanned aircraft",
                 productTypes: ["tactical drone", "reconnaissance UAV", "small quadcopter", "fixed-wing UAV"],
                 features: ["60-minute endurance", "a range of up to 30 km", "vertical take-off", "an encrypted data link"]),
            Leaf(id: "loitering-munitions", name: "Loitering munitions", productTypes: ["loitering munition", "tube-launched drone"],
                 features: ["a 40-minute loiter time", "a man-in-the-loop abort mode", "an electro-optical seeker"]),
            Leaf(id: "ugv", name: "Unmanned ground vehicles", productTypes: ["unmanned ground vehicle", "bomb disposal robot"],
                 features: ["a six-axis manipulator arm", "tracked mobility", "a 2 km control range"]),
            Leaf(id: "counter-uav", name: "Counter-drone systems", productTypes: ["drone jammer", "drone detection radar", "counter-drone gun"],
                 features: ["360° coverage", "a detection range of 5 km", "GNSS and video-link jamming"]),
        ]),
        Sector(id: "naval", name: "Naval systems", isSecurity: false, children: [
            Leaf(id: "ships-boats", name: "Ships and boats", productTypes: ["patrol boat", "landing craft", "rigid inflatable boat"],
                 features: ["a top speed of 40 knots", "an aluminium hull", "a crew of six"]),
            Leaf(id: "underwater", name: "Underwater systems", productTypes: ["underwater drone", "diver detection sonar"],
                 features: ["a 300 m operating depth", "a 1 km detection range", "a lithium battery pack"]),
            Leaf(id: "naval-weapons", name: "Naval weapons", productTypes: ["naval gun mount", "decoy launcher"],
                 features: ["gyro stabilisation", "a low radar signature", "remote operation"]),
        ]),
        Sector(id: "electronics", name: "Electronics and communications", isSecurity: false, children: [
            Leaf(id: "radar", name: "Radar", productTypes: ["air surveillance radar", "ground surveillance radar", "coastal radar"],
                 features: ["a 150 km detection range", "AESA technology", "a mast-mounted antenna"]),
            Leaf(id: "electronic-warfare", name: "Electronic warfare", productTypes: ["jamming system", "signals intelligence receiver"],
                 features: ["20 MHz to 6 GHz coverage", "direction finding", "a vehicle-mounted version"]),
            Leaf(id: "radio", name: "Radio and satellite communications", productTypes: ["tactical radio", "satellite terminal", "mesh radio"],
                 features: ["AES-256 encryption", "software-defined architecture", "MIL-STD-810 ruggedisation"]),
            Leaf(id: "c4isr", name: "Command and control (C4ISR)", productTypes: ["battle management system", "command post vehicle"],
                 features: ["a common operational picture", "NATO APP-6 symbols", "satellite back-haul"]),
        ]),
        Sector(id: "optics", name: "Optics and sensors", isSecurity: false, children: [
            Leaf(id: "thermal", name: "Thermal imaging", productTypes: ["thermal sight", "thermal camera", "thermal monocular"],
                 features: ["a 640×512 sensor", "3× optical zoom", "a detection range of 2.5 km", "a 12-hour battery"]),
            Leaf(id: "night-vision", name: "Night vision", productTypes: ["night vision goggles", "night sight"],
                 features: ["a Gen 3 image tube", "a 40° field of view", "automatic brightness control"]),
            Leaf(id: "lasers", name: "Lasers and rangefinders", productTypes: ["laser rangefinder", "laser target designator"],
                 features: ["an eye-safe 1.5 µm laser", "a 10 km range", "a built-in compass"]),
        ]),
        Sector(id: "protection", name: "Protection and equipment", isSecurity: false, children: [
            Leaf(id: "body-armour", name: "Body armour and helmets", productTypes: ["ballistic helmet", "body armour vest", "ballistic shield"],
                 features: ["NIJ level IV protection", "a weight of 1.4 kg", "modular MOLLE attachment"]),
            Leaf(id: "cbrn", name: "CBRN protection", productTypes: ["gas mask", "decontamination unit", "CBRN suit"],
                 features: ["a 24-hour protection time", "NATO-standard filters", "a trailer-mounted version"]),
            Leaf(id: "field-gear", name: "Uniforms and field gear", productTypes: ["field uniform", "combat boots", "tactical backpack"],
                 features: ["flame-retardant fabric", "a desert pattern", "reinforced seams"]),
            Leaf(id: "field-medicine", name: "Field medicine", productTypes: ["first aid kit", "field hospital module", "tourniquet"],
                 features: ["one-handed use", "a 20-bed capacity", "vacuum packing"]),
        ]),
        Sector(id: "security", name: "Security and safety", isSecurity: true, children: [
            Leaf(id: "video-surveillance", name: "Video surveillance", productTypes: ["PTZ camera", "video management software", "body-worn camera"],
                 features: ["4K resolution", "face recognition", "cloud management"]),
            Leaf(id: "access-control", name: "Access control", productTypes: ["turnstile", "biometric reader", "vehicle barrier"],
                 features: ["an IP67 housing", "remote management", "a battery back-up"]),
            Leaf(id: "screening", name: "Screening and X-ray",
                 productTypes: ["X-ray baggage scanner", "walk-through metal detector", "explosive trace detector"],
                 features: ["dual-energy imaging", "a 10-second analysis time", "33 detection zones"]),
            Leaf(id: "fire-rescue", name: "Fire and rescue", productTypes: ["fire truck", "rescue drone", "thermal rescue camera"],
                 features: ["a 6,000-litre tank", "a 30 m ladder", "a thermal payload"]),
            Leaf(id: "cybersecurity", name: "Cybersecurity", productTypes: ["intrusion detection system", "secure mobile phone", "network firewall"],
                 features: ["end-to-end encryption", "a hardened operating system", "real-time alerts"]),
        ]),
        Sector(id: "services", name: "Services and training", isSecurity: false, children: [
            Leaf(id: "simulation", name: "Simulation and training", productTypes: ["driving simulator", "shooting simulator", "flight simulator"],
                 features: ["a virtual reality module", "instructor stations", "after-action review"]),
            Leaf(id: "logistics", name: "Logistics", productTypes: ["field kitchen", "containerised camp", "cargo trailer"],
                 features: ["meals for 250 people", "rapid deployment", "a 10-tonne payload"]),
            Leaf(id: "maintenance", name: "Maintenance and repair", productTypes: ["mobile workshop", "spare parts programme"],
                 features: ["a 24/7 support line", "on-site installation", "local stock"]),
            Leaf(id: "consulting", name: "Consulting", productTypes: ["certification service", "project management service"],
                 features: ["ISO 9001 auditors", "offset programme advice", "bilingual staff"]),
        ]),
    ]

    /// Relative frequency of each sector among exhibitors (same order as `sectors`).
    static let sectorWeights = [16, 8, 14, 6, 14, 12, 10, 14, 6]

    /// "thermal sights", but "night vision goggles" and "video management software" unchanged.
    static func plural(_ type: String) -> String {
        if type.hasSuffix("s") || type.hasSuffix("software") { return type }
        if type.hasSuffix("ch") || type.hasSuffix("sh") || type.hasSuffix("x") { return type + "es" }
        return type + "s"
    }

    static var categoryCount: Int { sectors.count + sectors.reduce(0) { $0 + $1.children.count } }
}
