<?php
// Small jobs the end-to-end tests ask of the test site (run with the site as the working
// directory):
//   php wp.php flood on|off          core's comment flood check
//   php wp.php csp on|off            the site sends a strict Content-Security-Policy
//   php wp.php option NAME VALUE     sets a Discussion option as its settings screen would
//   php wp.php registration on|off   "Users must be registered and logged in to comment"
//   php wp.php moderation on|off     every comment held for moderation first
//   php wp.php held POST_ID          the post's comments awaiting moderation, as JSON
//   php wp.php approve COMMENT_ID    publishes a held comment
//   php wp.php plugin-install ZIP    installs a plugin from its zip as Plugins → Add New →
//                                    Upload does (Plugin_Upgrader), prints its folder
//   php wp.php plugin-activate|plugin-deactivate|plugin-uninstall lectern/lectern.php
//                                    as the Plugins screen does (uninstall: uninstall.php,
//                                    then the files deleted)
//   php wp.php plugin-traces         what Lectern left in the site, as JSON
//   php wp.php post-meta JSON        sets a post's meta ({post, key, value}) as its edit screen's
//                                    boxes save it
//   php wp.php comments POST_ID      every comment of the post (any status), as JSON
//   php wp.php add-post JSON         inserts a post ({title, content, status?, password?,
//                                    comment_status?, comments?: n}) and prints its id
$_SERVER['HTTP_HOST'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
require './wp-load.php';
[$_, $job, $arg] = $argv + [null, '', ''];
switch ($job) {
    case 'flood':
        update_option('lectern_flood_check', $arg === 'on' ? '1' : '0');
        echo "flood check $arg\n";
        break;
    case 'csp':
        update_option('lectern_test_csp', $arg === 'on' ? '1' : '0');
        echo "csp $arg\n";
        break;
    case 'option':
        [$name, $value] = [$argv[2] ?? '', $argv[3] ?? ''];
        update_option($name, $value);
        echo "$name = $value\n";
        break;
    case 'registration':
        update_option('comment_registration', $arg === 'on' ? '1' : '0');
        echo "registration $arg\n";
        break;
    case 'moderation':
        update_option('comment_moderation', $arg === 'on' ? '1' : '0');
        echo "moderation $arg\n";
        break;
    case 'approve':
        wp_set_comment_status((int) $arg, 'approve');
        echo "approved $arg\n";
        break;
    case 'held':
        $held = get_comments(['post_id' => (int) $arg, 'status' => 'hold']);
        echo json_encode(array_map(fn ($c) => [
            'id' => (int) $c->comment_ID,
            'parent' => (int) $c->comment_parent,
            'author_name' => $c->comment_author,
            'author_email' => $c->comment_author_email,
            'content' => $c->comment_content,
        ], $held)), "\n";
        break;
    case 'plugin-install':
        require_once ABSPATH . 'wp-admin/includes/admin.php';
        require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
        wp_set_current_user(1);
        $upgrader = new Plugin_Upgrader(new Automatic_Upgrader_Skin());
        $installed = $upgrader->install($arg);
        if ($installed !== true) {
            $why = is_wp_error($installed) ? $installed->get_error_message() : implode("\n", $upgrader->skin->get_upgrade_messages());
            fwrite(STDERR, "not installed: $why\n");
            exit(1);
        }
        echo $upgrader->plugin_info(), "\n";
        break;
    case 'plugin-activate':
    case 'plugin-deactivate':
    case 'plugin-uninstall':
        require_once ABSPATH . 'wp-admin/includes/admin.php';
        wp_set_current_user(1);
        if ($job === 'plugin-activate') {
            $done = activate_plugin($arg);
        } elseif ($job === 'plugin-deactivate') {
            deactivate_plugins($arg);
            $done = null;
        } else {
            uninstall_plugin($arg);
            $done = delete_plugins([$arg]);
        }
        if (is_wp_error($done)) {
            fwrite(STDERR, $done->get_error_message() . "\n");
            exit(1);
        }
        echo "$job $arg\n";
        break;
    case 'plugin-traces':
        global $wpdb;
        echo json_encode([
            // The test switches (lectern-test.php) are the tests' own, not the plugin's.
            'options' => array_values(array_diff(
                $wpdb->get_col("SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE '%lectern%'"),
                ['lectern_flood_check', 'lectern_test_csp']
            )),
            'meta' => (int) $wpdb->get_var("SELECT COUNT(*) FROM {$wpdb->postmeta} WHERE meta_key LIKE '%lectern%'"),
            'files' => file_exists(WP_PLUGIN_DIR . '/lectern'),
            'active' => in_array('lectern/lectern.php', (array) get_option('active_plugins', []), true),
        ]), "\n";
        break;
    case 'post-meta':
        $spec = json_decode($arg, true);
        update_post_meta((int) $spec['post'], $spec['key'], $spec['value']);
        echo "meta set\n";
        break;
    case 'comments':
        echo json_encode(array_map(fn ($c) => [
            'id' => (int) $c->comment_ID,
            'approved' => $c->comment_approved,
            'author_name' => $c->comment_author,
            'user_id' => (int) $c->user_id,
            'content' => $c->comment_content,
        ], get_comments(['post_id' => (int) $arg, 'status' => 'all']))), "\n";
        break;
    case 'add-post':
        wp_set_current_user(1);
        kses_remove_filters();
        $spec = json_decode($arg, true);
        $id = wp_insert_post([
            'post_title' => $spec['title'],
            'post_content' => $spec['content'] ?? '',
            'post_status' => $spec['status'] ?? 'publish',
            'post_password' => $spec['password'] ?? '',
            'comment_status' => $spec['comment_status'] ?? 'open',
            'post_type' => $spec['type'] ?? 'post',
            'post_author' => 1,
        ], true);
        if (is_wp_error($id)) {
            fwrite(STDERR, $id->get_error_message() . "\n");
            exit(1);
        }
        $count = (int) ($spec['comments'] ?? 0);
        $base = strtotime('2020-01-01 00:00:00');
        for ($n = 1; $n <= $count; $n++) {
            wp_insert_comment([
                'comment_post_ID' => $id,
                'comment_author' => "Reader $n",
                'comment_author_email' => "reader$n@example.org",
                'comment_content' => "Comment number $n.",
                'comment_date_gmt' => gmdate('Y-m-d H:i:s', $base + $n * 60),
                'comment_date' => gmdate('Y-m-d H:i:s', $base + $n * 60),
                'comment_approved' => 1,
            ]);
        }
        echo $id, "\n";
        break;
    default:
        fwrite(STDERR, "unknown job: $job\n");
        exit(2);
}
