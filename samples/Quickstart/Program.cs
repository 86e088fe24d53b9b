using System;
using PartnerRules;

Console.WriteLine($"PartnerRules quickstart: China calendar covers {BusinessCalendar.China.Coverage}.");
