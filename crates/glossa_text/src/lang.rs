//! Language tags: parsing, the first-class languages, and guessing a language
//! from a file name or from the script of a text.

use std::fmt;

use unic_langid::LanguageIdentifier;

/// A validated BCP 47 language tag, reduced to what glossa cares about.
///
/// Equality and hashing use the normalized tag (`ru`, `ja`, `pt-BR`); the
/// primary language subtag drives per-language behaviour.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Lang {
    tag: String,
}

/// A tag that is not a well-formed BCP 47 language identifier.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language tag `{tag}`")]
pub struct LangError {
    /// The tag as the user wrote it.
    pub tag: String,
}

/// The languages with dedicated rules (segmentation, morphology, dates).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Known {
    /// English.
    En,
    /// Russian.
    Ru,
    /// Japanese.
    Ja,
    /// Turkish.
    Tr,
}

impl Lang {
    /// Parses a tag such as `ru`, `ja-JP`, `tr_TR` or `en-US`.
    ///
    /// Underscores are accepted as separators (POSIX locale style); an
    /// encoding suffix (`.UTF-8`) or modifier (`@euro`) is ignored.
    pub fn parse(tag: &str) -> Result<Self, LangError> {
        let err = || LangError {
            tag: tag.to_string(),
        };
        let core = tag.split(['.', '@']).next().unwrap_or_default().trim();
        if core.is_empty() {
            return Err(err());
        }
        // A bare lowercase primary subtag (`ru`, `ast`) is its own normal
        // form: no parse (structured files tag every unit this way).
        if (2..=3).contains(&core.len()) && core.bytes().all(|b| b.is_ascii_lowercase()) {
            if !is_assigned_language(core) || core == "und" {
                return Err(err());
            }
            return Ok(Self {
                tag: core.to_string(),
            });
        }
        let id: LanguageIdentifier = core.replace('_', "-").parse().map_err(|_| err())?;
        let primary = id.language.as_str();
        // `und` and grammatically valid but unassigned short codes are refused.
        if id.language.is_empty() || primary == "und" || !is_assigned_language(primary) {
            return Err(err());
        }
        Ok(Self {
            tag: id.to_string(),
        })
    }

    /// Shortcut for a first-class language.
    pub fn known(known: Known) -> Self {
        let tag = match known {
            Known::En => "en",
            Known::Ru => "ru",
            Known::Ja => "ja",
            Known::Tr => "tr",
        };
        Self {
            tag: tag.to_string(),
        }
    }

    /// The normalized tag (`en`, `pt-BR`).
    pub fn as_str(&self) -> &str {
        &self.tag
    }

    /// The primary language subtag (`pt` for `pt-BR`).
    pub fn primary(&self) -> &str {
        let end = self.tag.bytes().position(|b| b == b'-');
        end.and_then(|end| self.tag.get(..end)).unwrap_or(&self.tag)
    }

    /// The first-class language this tag belongs to, if any.
    pub fn as_known(&self) -> Option<Known> {
        match self.primary() {
            "en" => Some(Known::En),
            "ru" => Some(Known::Ru),
            "ja" => Some(Known::Ja),
            "tr" => Some(Known::Tr),
            _ => None,
        }
    }

    /// True for languages written without spaces between words.
    pub fn is_unspaced(&self) -> bool {
        matches!(self.primary(), "ja" | "zh" | "th" | "lo" | "km" | "my")
    }

    /// Guesses a language from a file name: `ru.md`, `article.ja.md`,
    /// `docs/tr/x.md`, `en-US.ftl`. Returns `None` when the name says nothing.
    pub fn from_path(path: &str) -> Option<Self> {
        let normalized = path.replace('\\', "/");
        let mut parts: Vec<&str> = normalized.split('/').filter(|p| !p.is_empty()).collect();
        let file = parts.pop()?;
        // Dotted parts of the file name, extension excluded: `article.ja.md` → [article, ja].
        let mut stems: Vec<&str> = file.split('.').collect();
        if stems.len() > 1 {
            stems.pop();
        }
        let candidates = stems.iter().rev().chain(parts.iter().rev());
        for candidate in candidates {
            if let Some(lang) = Self::from_path_component(candidate) {
                return Some(lang);
            }
        }
        None
    }

    fn from_path_component(part: &str) -> Option<Self> {
        let primary = part.split(['-', '_']).next().unwrap_or_default();
        let looks_like_tag = (primary.len() == 2 || primary.len() == 3)
            && primary.chars().all(|c| c.is_ascii_lowercase())
            && part.len() <= 10;
        if !looks_like_tag {
            return None;
        }
        Self::parse(part).ok()
    }

    /// Guesses the language of a text from its script: kana → `ja`,
    /// Cyrillic → `ru`, Latin with Turkish letters (ı, ğ, ş, İ) → `tr`,
    /// other Latin → `en`. Returns `None` for text without letters.
    pub fn detect(text: &str) -> Option<Self> {
        let (mut kana, mut han, mut cyrillic, mut latin, mut turkish) = (0, 0, 0, 0, 0);
        for c in text.chars().take(20_000) {
            match c {
                '\u{3040}'..='\u{30FF}' | '\u{FF66}'..='\u{FF9F}' => kana += 1,
                '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' => han += 1,
                '\u{0400}'..='\u{04FF}' => cyrillic += 1,
                'ı' | 'ğ' | 'ş' | 'İ' | 'Ğ' | 'Ş' => {
                    turkish += 1;
                    latin += 1;
                }
                c if c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c) => {
                    latin += 1
                }
                _ => {}
            }
        }
        let known = if kana > 0 && kana + han >= cyrillic.max(latin) / 4 {
            Known::Ja
        } else if han > latin.max(cyrillic) {
            return Self::parse("zh").ok();
        } else if cyrillic > latin {
            Known::Ru
        } else if latin > 0 && turkish * 200 >= latin {
            Known::Tr
        } else if latin > 0 {
            Known::En
        } else {
            return None;
        };
        Some(Self::known(known))
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.tag)
    }
}

impl std::str::FromStr for Lang {
    type Err = LangError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

/// ISO 639-1 codes plus the ISO 639-2/3 codes users commonly write. A tag
/// outside this list (`xx`, `qq`) is refused as unknown.
fn is_assigned_language(primary: &str) -> bool {
    const ISO_639_1: &str = "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu";
    const ISO_639_3: &str = "ast bal bej cat ceb chr ckb cmn crh deu dsb eng fil fra fur gsw haw hsb ilo jpn kab kok lad lij lld lmo ltg mai mni mwl nap nds nso pap pcm rus sah scn sco sgs sma smj smn sms szl tok tpi tur vec yue zgh";
    // Fixed-width lists: each code and its separating space.
    let (list, width) = match primary.len() {
        2 => (ISO_639_1, 3),
        3 => (ISO_639_3, 4),
        _ => return false,
    };
    let wanted = primary.as_bytes();
    // Byte by byte: a slice comparison calls memcmp for every code.
    list.as_bytes()
        .chunks(width)
        .any(|code| code.len() >= wanted.len() && code.iter().zip(wanted).all(|(a, b)| a == b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_posix_locales_and_tags() {
        assert_eq!(Lang::parse("ja_JP.UTF-8").unwrap().as_str(), "ja-JP");
        assert_eq!(Lang::parse("tr_TR").unwrap().primary(), "tr");
        assert_eq!(Lang::parse("ru").unwrap().as_known(), Some(Known::Ru));
        assert!(Lang::parse("xx").is_err());
        assert!(Lang::parse("").is_err());
        assert!(Lang::parse("not a tag").is_err());
    }

    #[test]
    fn guesses_language_from_file_names() {
        let lang = |p: &str| Lang::from_path(p).map(|l| l.to_string());
        assert_eq!(lang("ru.md").as_deref(), Some("ru"));
        assert_eq!(lang("article.ja.md").as_deref(), Some("ja"));
        assert_eq!(lang("docs/tr/x.md").as_deref(), Some("tr"));
        assert_eq!(lang("notes/article.md"), None);
    }

    #[test]
    fn detects_script() {
        let lang = |t: &str| Lang::detect(t).map(|l| l.to_string());
        assert_eq!(lang("Мирный договор не подписан.").as_deref(), Some("ru"));
        assert_eq!(
            lang("平和条約の締結について協議した。").as_deref(),
            Some("ja")
        );
        assert_eq!(lang("Barış antlaşması imzalanmadı.").as_deref(), Some("tr"));
        assert_eq!(
            lang("The peace treaty was never signed.").as_deref(),
            Some("en")
        );
        assert_eq!(lang("12345 ..."), None);
    }
}
