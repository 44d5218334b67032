import Domain

extension MissionJSON: DirectJSON {
    /// The members in the encoder's sorted key order; absent optionals left out.
    func appendJSON(to bytes: inout [UInt8]) {
        var object = JSONObjectWriter(into: &bytes)
        object.integer("administrationID", administrationID.rawValue, &bytes)
        object.string("applicationDeadline", applicationDeadline.description, &bytes)
        object.string("closedAt", ifPresent: closedAt, &bytes)
        object.key("coOwnerIDs", &bytes)
        bytes.append(UInt8(ascii: "["))
        for (index, coOwnerID) in coOwnerIDs.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            JSONBytes.appendInteger(coOwnerID.rawValue, to: &bytes)
        }
        bytes.append(UInt8(ascii: "]"))
        object.string("createdAt", createdAt, &bytes)
        object.bool("crisis", crisis, &bytes)
        object.string("departement", ifPresent: departement?.code, &bytes)
        object.string("description", description, &bytes)
        object.integer("effortHours", effortHours, &bytes)
        object.integer("id", id.rawValue, &bytes)
        object.string("nature", nature.rawValue, &bytes)
        object.integer("ownerID", ownerID.rawValue, &bytes)
        object.string("publishedAt", ifPresent: publishedAt, &bytes)
        object.string("rejectionReason", ifPresent: rejectionReason, &bytes)
        object.bool("remote", remote, &bytes)
        object.key("requiredSkills", &bytes)
        bytes.append(UInt8(ascii: "["))
        for (index, skill) in requiredSkills.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            var requirement = JSONObjectWriter(into: &bytes)
            requirement.string("code", skill.code.rawValue, &bytes)
            requirement.integer("minimumLevel", skill.minimumLevel.rawValue, &bytes)
            requirement.end(&bytes)
        }
        bytes.append(UInt8(ascii: "]"))
        object.string("state", state.rawValue, &bytes)
        object.string("submittedAt", ifPresent: submittedAt, &bytes)
        object.integer("talentsSought", talentsSought, &bytes)
        object.string("title", title, &bytes)
        object.string("updatedAt", updatedAt, &bytes)
        object.key("window", &bytes)
        var window = JSONObjectWriter(into: &bytes)
        window.string("end", self.window.end.description, &bytes)
        window.string("start", self.window.start.description, &bytes)
        window.end(&bytes)
        object.end(&bytes)
    }
}

extension MissionPageJSON: DirectJSON {
    /// `{"items":[…],"nextCursor":…}`, the cursor left out on the last page.
    func appendJSON(to bytes: inout [UInt8]) {
        var object = JSONObjectWriter(into: &bytes)
        object.key("items", &bytes)
        bytes.append(UInt8(ascii: "["))
        for (index, item) in items.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            item.appendJSON(to: &bytes)
        }
        bytes.append(UInt8(ascii: "]"))
        object.string("nextCursor", ifPresent: nextCursor, &bytes)
        object.end(&bytes)
    }
}
