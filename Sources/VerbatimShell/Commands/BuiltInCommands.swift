/// The commands every shell starts with.
public enum BuiltInCommands {
    public static let all: [any Command] = [
        LoadCommand(), UnloadCommand(), ResetCommand(), SaveCommand(), OpenCommand(),
        ArticlesCommand(), ShowCommand(), QuotesCommand(), SpeakersCommand(),
        CompareCommand(), TraceCommand(), DiffCommand(), ReportCommand(), ExportCommand(),
        SetCommand(), EchoCommand(), DefCommand(), PluginsCommand(), PluginCommand(), SourceCommand(), HelpCommand(), HistoryCommand(), OptionCommand(), OutputCommand(), VersionCommand(), ExitCommand(), ExitCommand(force: true),
    ]
}
