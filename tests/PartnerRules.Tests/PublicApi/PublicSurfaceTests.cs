using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using PartnerRules;

namespace PartnerRules.Tests.PublicApi;

public sealed class PublicSurfaceTests
{
    private static readonly Assembly[] Libraries = [typeof(PartnerId).Assembly, typeof(ProgramPolicy).Assembly];

    [Fact]
    public void No_NRules_or_Stateless_type_appears_in_any_public_signature()
    {
        var leaks = new List<string>();
        foreach (var type in Libraries.SelectMany(a => a.GetExportedTypes()))
        {
            foreach (var (where, used) in SignatureTypes(type))
            {
                var assembly = used.Assembly.GetName().Name ?? string.Empty;
                if (assembly.StartsWith("NRules", StringComparison.Ordinal) || assembly.StartsWith("Stateless", StringComparison.Ordinal))
                {
                    leaks.Add($"{type.FullName}.{where}: {used.FullName}");
                }
            }
        }

        Assert.Empty(leaks);
    }

    [Fact]
    public void Every_public_type_lives_in_the_PartnerRules_namespace_except_the_DI_extension()
    {
        var strays = Libraries.SelectMany(a => a.GetExportedTypes())
            .Where(t => t.Namespace != "PartnerRules" && t.Namespace != "Microsoft.Extensions.DependencyInjection")
            .Select(t => t.FullName);

        Assert.Empty(strays);
    }

    [Fact]
    public void The_abstractions_depend_on_NodaTime_only()
    {
        var references = typeof(PartnerId).Assembly.GetReferencedAssemblies().Select(a => a.Name!)
            .Where(n => !n.StartsWith("System", StringComparison.Ordinal) && n != "netstandard" && n != "mscorlib");

        Assert.Equal(["NodaTime"], references);
    }

    [Fact]
    public void Public_classes_are_sealed_or_static_unless_designed_for_inheritance()
    {
        var designedForInheritance = new[] { typeof(PartnerRulesException), typeof(Decision) };
        var open = Libraries.SelectMany(a => a.GetExportedTypes())
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract && !designedForInheritance.Contains(t))
            .Select(t => t.FullName);

        Assert.Empty(open);
    }

    private static IEnumerable<(string Where, Type Used)> SignatureTypes(Type type)
    {
        if (type.BaseType is { } baseType)
        {
            foreach (var t in Expand(baseType))
            {
                yield return ("base", t);
            }
        }

        foreach (var t in type.GetInterfaces().SelectMany(Expand))
        {
            yield return ("interface", t);
        }

        const BindingFlags visible = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var member in type.GetMembers(visible))
        {
            var accessible = member switch
            {
                MethodBase m => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly,
                PropertyInfo p => p.GetMethod is { } g && (g.IsPublic || g.IsFamily),
                FieldInfo f => f.IsPublic || f.IsFamily,
                EventInfo e => e.AddMethod is { } a && (a.IsPublic || a.IsFamily),
                _ => false,
            };
            if (!accessible)
            {
                continue;
            }

            IEnumerable<Type> used = member switch
            {
                MethodInfo m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType),
                ConstructorInfo c => c.GetParameters().Select(p => p.ParameterType),
                PropertyInfo p => [p.PropertyType],
                FieldInfo f => [f.FieldType],
                EventInfo e => [e.EventHandlerType!],
                _ => [],
            };
            foreach (var t in used.SelectMany(Expand))
            {
                yield return (member.Name, t);
            }
        }
    }

    private static IEnumerable<Type> Expand(Type type)
    {
        if (type.HasElementType)
        {
            foreach (var t in Expand(type.GetElementType()!))
            {
                yield return t;
            }

            yield break;
        }

        yield return type;
        if (type.IsGenericType)
        {
            foreach (var t in type.GetGenericArguments().SelectMany(Expand))
            {
                yield return t;
            }
        }
    }
}
