using System;
using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace PartnerRules;

/// <summary>
/// The part of strict JSON that options flags cannot express, applied to PartnerRules' own types only
/// (a host's types keep their behaviour): a null list element is a <see cref="JsonException"/> before
/// a record's guard sees it, a number written as text is refused whatever the options allow, and an <see cref="ArgumentException"/> from a record's init guard becomes
/// a <see cref="JsonException"/>, so the serializer adds the JSON path.
/// </summary>
internal static class StrictContracts
{
    private static readonly Assembly Library = typeof(StrictContracts).Assembly;
    private static readonly Assembly Contracts = typeof(PartnerId).Assembly;

    public static void Apply(JsonTypeInfo info)
    {
        if (info.Kind == JsonTypeInfoKind.Enumerable && info.ElementType is { IsValueType: false } element && IsOurs(element))
        {
            // RespectNullableAnnotations does not reach list elements; lists given to a record's constructor
            // (Decision.Findings, snapshot histories) would otherwise fail in the constructor with an ArgumentException.
            var previous = info.OnDeserialized;
            info.OnDeserialized = list =>
            {
                RefuseNullElements(list, element);
                // Stryker disable once Statement : no list type of ours has a callback of its own to keep
                previous?.Invoke(list);
            };
        }
        else if (info.Kind == JsonTypeInfoKind.Object && IsOurs(info.Type))
        {
            // A host's options may read numbers from strings (ASP.NET Core's web defaults do): a record's numbers
            // (a snapshot's Version, a policy impact's counts) are numbers, as with CreateOptions.
            info.NumberHandling = JsonNumberHandling.Strict;
            foreach (var property in info.Properties)
            {
                if (property.Set is { } set)
                {
                    property.Set = Guarded(info.Type, property.Name, set);
                }
            }
        }
    }

    private static bool IsOurs(Type type) => type.Assembly == Library || type.Assembly == Contracts;

    private static void RefuseNullElements(object list, Type element)
    {
        // Lists are what the serializer builds here: indexed without boxing an enumerator per list.
        if (list is IList indexed)
        {
            for (var i = 0; i < indexed.Count; i++)
            {
                if (indexed[i] is null)
                {
                    throw NullElement(element, i);
                }
            }

            return;
        }

        // Stryker disable all : the serializer builds every list of ours as a List<T> or an array (both IList); kept for a future collection type
        var index = 0;
        foreach (var item in (IEnumerable)list)
        {
            if (item is null)
            {
                throw NullElement(element, index);
            }

            index++;
        }

        // Stryker restore all
    }

    private static JsonException NullElement(Type element, int index) =>
        new($"A list of {element.Name} holds null at index {index}; every element must be set (leave an absent one out).");

    private static Action<object, object?> Guarded(Type type, string name, Action<object, object?> set) => (target, value) =>
    {
        try
        {
            set(target, value);
        }
        catch (ArgumentException ex)
        {
            // The record's own guard (null elements in a list of strings, duplicate ids) said what was wrong.
            throw new JsonException($"Invalid \"{name}\" of {type.Name}: {ex.Message}", ex);
        }
    };
}
