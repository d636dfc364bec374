//! "Text settings": a button and a small non-modal panel where the reader picks text size, line
//! width, line spacing, font and colours for every post on this site.

use yew::prelude::*;

use crate::app_model::settings::{Choice, Font, LineSpacing, LineWidth, TEXT_SIZES, Theme};
use crate::hooks::{UseTextSettings, use_disclosure, use_words};
use crate::state::SettingsAction;
use lectern_draw::controls::SETTING_ROWS;

/// Id of the panel (the button's `aria-controls`).
const PANEL_ID: &str = "text-settings-panel";

/// Props for [`TextSettings`].
#[derive(Properties, PartialEq)]
pub struct TextSettingsProps {
    /// The settings in force and how to change them.
    pub reading: UseTextSettings,
    /// Whether the host page keeps its own look (the button is then left out of sight; kept in
    /// the tree because Yew 0.23 pairs a list that changes length from its end).
    #[prop_or_default]
    pub hidden: bool,
}

/// The button and, while open, the panel. Escape or a click elsewhere closes it, and focus goes
/// back to the button.
#[component]
pub fn TextSettings(props: &TextSettingsProps) -> Html {
    let panel_state = use_disclosure();
    let say = use_words();
    let reading = &props.reading;
    let settings = reading.settings;
    let change = reading.change.clone();
    let step = |action: SettingsAction| change.reform(move |_: MouseEvent| action);
    // The size in the post's words and digits, for the first screen (crates/lectern-first),
    // which answers the panel before the full reader has loaded.
    let digits = (0..10).map(|n| say.number(n)).collect::<String>();
    // Always in the tree, hidden while closed: Yew 0.23 pairs a list that changes length from
    // its end, so an optional panel would be patched onto the button (yew#3262).
    let [width, spacing, font, theme] = SETTING_ROWS;
    let panel = {
        html! {
            <div id={PANEL_ID} class="text-settings-panel" role="group" aria-label={say.get("settings.button").to_owned()}
                hidden={!panel_state.open}>
                <div class="setting setting-size" role="group" aria-labelledby="text-size-label">
                    <span id="text-size-label" class="setting-name">{say.get("settings.size").to_owned()}</span>
                    <button type="button" class="tool-button size-step" data-settings="smaller"
                        disabled={settings.size == 0} onclick={step(SettingsAction::Smaller)}>
                        <span aria-hidden="true">{"A−"}</span><span class="visually-hidden">{say.get("settings.smaller").to_owned()}</span>
                    </button>
                    <output class="size-value" aria-live="polite" data-template={say.get("settings.size-value").to_owned()} data-digits={digits}>
                        {say.fill("settings.size-value", &[("percent", &say.number(usize::from(settings.size_percent())))])}
                    </output>
                    <button type="button" class="tool-button size-step size-step--larger" data-settings="larger"
                        disabled={settings.size + 1 >= TEXT_SIZES.len()} onclick={step(SettingsAction::Larger)}>
                        <span aria-hidden="true">{"A+"}</span><span class="visually-hidden">{say.get("settings.larger").to_owned()}</span>
                    </button>
                </div>
                <ChoiceGroup legend={width.0} name={width.1} options={width.2}
                    current={settings.width.value()}
                    on_pick={change.reform(|v: &str| SettingsAction::Width(LineWidth::from_value(v).unwrap_or_default()))} />
                <ChoiceGroup legend={spacing.0} name={spacing.1} options={spacing.2}
                    current={settings.spacing.value()}
                    on_pick={change.reform(|v: &str| SettingsAction::Spacing(LineSpacing::from_value(v).unwrap_or_default()))} />
                <ChoiceGroup legend={font.0} name={font.1} options={font.2}
                    current={settings.font.value()}
                    on_pick={change.reform(|v: &str| SettingsAction::Font(Font::from_value(v).unwrap_or_default()))} />
                <ChoiceGroup legend={theme.0} name={theme.1} options={theme.2}
                    current={settings.theme.value()}
                    on_pick={change.reform(|v: &str| SettingsAction::Theme(Theme::from_value(v).unwrap_or_default()))} />
                <button type="button" class="tool-button" data-settings="reset" onclick={step(SettingsAction::Reset)}>{say.get("settings.reset").to_owned()}</button>
                if reading.not_saved {
                    <p class="setting-note" role="status">
                        {say.get("settings.not-saved").to_owned()}
                    </p>
                }
            </div>
        }
    };
    html! {
        <div class="text-settings" hidden={props.hidden} ref={panel_state.container.clone()} onkeydown={panel_state.on_keydown.clone()}>
            <button type="button" class="tool-button text-settings-toggle" ref={panel_state.button.clone()}
                aria-expanded={panel_state.open.to_string()} aria-controls={PANEL_ID} onclick={panel_state.toggle.clone()}>
                <span aria-hidden="true" class="text-settings-icon">{"Aa"}</span>
                <span class="text-settings-label">{" "}{say.get("settings.button").to_owned()}</span>
            </button>
            {panel}
        </div>
    }
}

/// Props for [`ChoiceGroup`].
#[derive(Properties, PartialEq)]
struct ChoiceGroupProps {
    /// The key of what the group sets ("Line width").
    legend: &'static str,
    /// The radio buttons' shared name.
    name: &'static str,
    /// Each choice's value and the key of its label.
    options: &'static [(&'static str, &'static str)],
    /// The value in force.
    current: &'static str,
    /// Called with the value the reader picks.
    on_pick: Callback<&'static str>,
}

/// One setting as a row of radio buttons (one component for every setting: a generic one would
/// be compiled once per setting into the wasm).
#[component]
fn ChoiceGroup(props: &ChoiceGroupProps) -> Html {
    let say = use_words();
    let options = props.options.iter().map(|&(value, label)| {
        let onchange = props.on_pick.reform(move |_: Event| value);
        html! {
            <label class={classes!("setting-option", format!("setting-option--{value}"))}>
                <input type="radio" name={props.name} {value}
                    checked={value == props.current} {onchange} />
                <span>{say.get(label).to_owned()}</span>
            </label>
        }
    });
    html! {
        <fieldset class="setting">
            <legend class="setting-name">{say.get(props.legend).to_owned()}</legend>
            <div class="setting-options">{for options}</div>
        </fieldset>
    }
}
