import Foundation

/// Where external plugins are found, and how they join a shell.
///
/// Plugin folders, in order: the project's `Plugins/` (found above the verbatim executable),
/// `lib/verbatim/plugins` beside the executable's `bin` (where `Scripts/install.sh` puts
/// them), each folder of `$VERBATIM_PLUGIN_PATH` (separated by `:`), and
/// `$XDG_CONFIG_HOME/verbatim/plugins` (by default `~/.config/verbatim/plugins`; see `UserFolder`), where
/// `plugin add` puts links. In a folder, a plugin is an executable file, or the executable
/// `NAME/NAME` (with any extension) of a sub-folder. Executables named `verbatim-plugin-*`
/// beside the verbatim executable (plugins SwiftPM builds with it) are plugins too. When two
/// plugins offer one command name, the first found keeps it.
public enum PluginDiscovery {
    /// The folder `plugin add` links plugins into.
    public static func configFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        UserFolder.configuration.file("plugins", environment: environment)
    }

    /// The plugin folders to look in, in order.
    public static func folders(executable: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
        var folders: [String] = []
        if let executable {
            if let project = projectFolder(above: executable) { folders.append((project as NSString).appendingPathComponent("Plugins")) }
            folders.append(installedFolder(beside: executable))
        }
        folders += (environment["VERBATIM_PLUGIN_PATH"] ?? "").split(separator: ":").map(String.init)
        folders.append(configFolder(environment: environment))
        return folders
    }

    /// `PREFIX/lib/verbatim/plugins` for an executable installed as `PREFIX/bin/verbatim`.
    static func installedFolder(beside executable: String) -> String {
        let bin = ((executable as NSString).resolvingSymlinksInPath as NSString).deletingLastPathComponent
        return ((bin as NSString).deletingLastPathComponent as NSString).appendingPathComponent("lib/verbatim/plugins")
    }

    /// The package folder (with Package.swift and Plugins/) that holds `executable`, if any.
    static func projectFolder(above executable: String) -> String? {
        var folder = ((executable as NSString).resolvingSymlinksInPath as NSString).deletingLastPathComponent
        let manager = FileManager.default
        while folder != "/" && !folder.isEmpty {
            if manager.fileExists(atPath: (folder as NSString).appendingPathComponent("Package.swift")),
               manager.fileExists(atPath: (folder as NSString).appendingPathComponent("Plugins")) {
                return folder
            }
            folder = (folder as NSString).deletingLastPathComponent
        }
        return nil
    }

    /// The plugin executables of one folder, by name.
    public static func executables(in folder: String) -> [String] {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: folder) else { return [] }
        return names.sorted().compactMap { name -> String? in
            guard !name.hasPrefix(".") else { return nil }
            let path = (folder as NSString).appendingPathComponent(name)
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isFolder) else { return nil }
            guard isFolder.boolValue else { return isExecutableFile(path) ? path : nil }
            let inside = (try? manager.contentsOfDirectory(atPath: path)) ?? []
            return inside.sorted().first { ($0 as NSString).deletingPathExtension == name && isExecutableFile((path as NSString).appendingPathComponent($0)) }
                .map { (path as NSString).appendingPathComponent($0) }
        }
    }

    /// Executables named `verbatim-plugin-*` in the folder of `executable`.
    static func companions(of executable: String) -> [String] {
        let folder = ((executable as NSString).resolvingSymlinksInPath as NSString).deletingLastPathComponent
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.sorted().filter { $0.hasPrefix("verbatim-plugin-") && !$0.contains(".") }
            .map { (folder as NSString).appendingPathComponent($0) }.filter(isExecutableFile)
    }

    private static func isExecutableFile(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
            && FileManager.default.isExecutableFile(atPath: path)
    }

    /// Finds the plugins for a shell run by `executable` and adds their commands, as each
    /// described itself (see `PluginDescriptionCache`: only plugins that changed are asked);
    /// plugins that fail are recorded with the reason (`plugins` shows it), and reported on
    /// standard error when they have just failed.
    public static func load(into shell: Shell, executable: String?, environment: [String: String] = ProcessInfo.processInfo.environment) {
        var seen = Set<String>()
        var found: [(path: String, folder: String)] = []
        for folder in folders(executable: executable, environment: environment) {
            for path in executables(in: folder) where seen.insert((path as NSString).resolvingSymlinksInPath).inserted {
                found.append((path, folder))
            }
        }
        if let executable {
            for path in companions(of: executable) where seen.insert(path).inserted {
                found.append((path, (path as NSString).deletingLastPathComponent))
            }
        }
        var cache = PluginDescriptionCache(file: PluginDescriptionCache.file(environment: environment))
        let (answers, asked) = descriptions(of: found.map(\.path), cache: &cache, settings: shell.pluginSettings)
        for (path, folder) in found {
            let plugin: Result<ExternalPlugin, PluginError>
            do throws(PluginError) {
                switch answers[path] {
                case .description(let line): plugin = .success(try ExternalPlugin(path: path, description: line))
                case .problem(let error): plugin = .failure(error)
                case nil: continue
                }
            } catch {
                plugin = .failure(error)
            }
            shell.addPlugin(plugin, at: path, folder: folder)
            if asked.contains(path), case .failure(let error) = plugin {
                shell.writeError("warning: \(error.message); its commands are left out until its file changes (plugin add \(path) asks again)\n")
            }
        }
    }
}

extension Shell {
    /// Asks the plugin at `path` to describe itself (keeping the answer in the description
    /// cache) and adds its commands. Returns the record.
    @discardableResult
    public func addPlugin(at path: String, folder: String) -> PluginRecord {
        var cache = PluginDescriptionCache(file: pluginSettings.descriptionCache)
        let plugin: Result<ExternalPlugin, PluginError>
        do throws(PluginError) {
            let line = try ExternalPlugin.askDescription(path, settings: pluginSettings, isInterrupted: isInterrupted)
            cache.keep(.description(line), for: path)
            plugin = .success(try ExternalPlugin(path: path, description: line))
        } catch {
            cache.keep(.problem(error), for: path)
            plugin = .failure(error)
        }
        cache.save()
        return addPlugin(plugin, at: path, folder: folder)
    }

    /// Adds the commands of `plugin`, found at `path`, or records why it failed. Returns the record.
    @discardableResult
    func addPlugin(_ plugin: Result<ExternalPlugin, PluginError>, at path: String, folder: String) -> PluginRecord {
        var record = PluginRecord(path: path, folder: folder)
        switch plugin {
        case .success(let plugin):
            record.plugin = plugin
            var taken: [String] = []
            for description in plugin.commands {
                if let existing = registry.command(named: description.name),
                   (existing as? ExternalCommand)?.plugin.path != path {
                    taken.append(description.name)
                    continue
                }
                registry.register(ExternalCommand(description, of: plugin))
            }
            if !taken.isEmpty { record.problem = "its command\(taken.count == 1 ? "" : "s") \(taken.joined(separator: ", ")) clash with others and are left out" }
        case .failure(let error):
            record.problem = error.message
        }
        plugins.removeAll { $0.path == path }
        plugins.append(record)
        return record
    }

    /// Takes away the commands of the plugin at `path` and forgets it.
    public func removePlugin(at path: String) {
        for name in registry.names where (registry.command(named: name) as? ExternalCommand)?.plugin.path == path {
            registry.unregister(name)
        }
        plugins.removeAll { $0.path == path }
    }
}
