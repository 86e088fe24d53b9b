using System;

namespace PartnerRules.Cli;

/// <summary>The command line asks for something that cannot run (exit code 2); the message says what to change.</summary>
internal sealed class UsageException(string message) : Exception(message);
